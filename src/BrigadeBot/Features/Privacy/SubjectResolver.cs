using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

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
