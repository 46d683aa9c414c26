using System.Net;

namespace BrigadeBot.Features.Watch;

/// <summary>A feed (or one of its redirects) led to an address the <see cref="IFeedAddressPolicy"/> refuses.</summary>
public sealed class FeedAddressRefusedException(string host, IReadOnlyList<IPAddress> addresses)
    : Exception($"{host} resolves to {string.Join(", ", addresses)}, not a public address: refused");
