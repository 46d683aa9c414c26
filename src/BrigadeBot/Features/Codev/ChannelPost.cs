using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Codev;

/// <summary>What became of a post in the codev channel: the message, or why there is none.</summary>
public sealed record ChannelPost(PostedMessage? Posted, string? Error);
