using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.FollowUps;

namespace BrigadeBot.Features.Codev;

/// <summary>« Le codéveloppement » on the follow-up DM: the program invites every participant to codevelopment.</summary>
public sealed class CodevFollowUpButton : IFollowUpButton
{
    public Task<Button?> ForAsync(HeldSession session, CancellationToken ct) =>
        Task.FromResult<Button?>(new Button(CodevIds.FollowUp, MemberMeetingTexts.FollowUpButton, "codev"));
}
