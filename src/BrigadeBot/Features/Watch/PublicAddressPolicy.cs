using System.Net;
using System.Net.Sockets;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Public Internet addresses only: a feed (or a redirect it answers) must not make the bot reach this machine, the
/// local network or a cloud metadata service (169.254.169.254).
/// </summary>
public sealed class PublicAddressPolicy : IFeedAddressPolicy
{
    private static readonly IPAddress Nat64Prefix = IPAddress.Parse("64:ff9b::");

    public bool Allows(IPAddress address, int port) => IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublicV4(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return !(b[0] == 0                                   // "this network", 0.0.0.0 unspecified
            || b[0] == 10                                    // private
            || b[0] == 127                                   // loopback
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)    // shared address space (carrier NAT)
            || (b[0] == 169 && b[1] == 254)                  // link-local, cloud metadata
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)     // private
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // IETF protocol assignments
            || (b[0] == 192 && b[1] == 168)                  // private
            || (b[0] == 198 && b[1] is 18 or 19)             // benchmarking
            || b[0] >= 224);                                 // multicast, reserved, broadcast
    }

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast) return false;
        var b = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d, deprecated) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address: judge that one.
        if (b.Take(12).All(x => x == 0)) return false;
        if (b.Take(12).SequenceEqual(Nat64Prefix.GetAddressBytes().Take(12))) return IsPublicV4(new IPAddress(b[12..]));
        return true;
    }
}
