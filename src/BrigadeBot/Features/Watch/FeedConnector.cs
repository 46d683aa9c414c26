using System.Net;
using System.Net.Sockets;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// The feed client's connections: the host is resolved here and only addresses the policy allows are dialled, so a
/// name that resolves to an internal address is refused at connect time, for the first request and every redirect.
/// </summary>
public static class FeedConnector
{
    public static SocketsHttpHandler Handler(IFeedAddressPolicy policy) => new()
    {
        // FeedReader follows redirects itself, a bounded number of times; each new connection comes back here.
        AllowAutoRedirect = false,
        // Through a proxy the bot would connect to the proxy, not to the feed: the check would see the wrong address.
        UseProxy = false,
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, policy, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, IFeedAddressPolicy policy, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        var allowed = addresses.Where(a => policy.Allows(a, endpoint.Port)).ToArray();
        if (allowed.Length == 0) throw new FeedAddressRefusedException(endpoint.Host, addresses);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
