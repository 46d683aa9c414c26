using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Privacy;

/// <summary>Whose data a privacy command is about: the member who typed it, or the member an animator names.</summary>
public sealed class SubjectResolver(Animators animators)
{
    public (string? Subject, string? Refusal) Resolve(SlashCommand command)
    {
        if (command.Arguments.Length == 0) return (command.UserId, null);
        if (!animators.Contains(command.UserId)) return (null, PrivacyTexts.OthersAnimatorsOnly);
        return MemberMention.Parse(command.Arguments) is { } named ? (named, null) : (null, PrivacyTexts.BadMember);
    }
}
