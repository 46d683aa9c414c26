using System.Net;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// Which resolved addresses a feed fetch may connect to. An injected service rather than a setting, so that no
/// configuration can open the bot's network to feeds; only tests replace it, to reach their local feed server.
/// </summary>
public interface IFeedAddressPolicy
{
    bool Allows(IPAddress address, int port);
}
