using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Welcome;

/// <summary>
/// <c>team_join</c>: greets a new member by DM. Redeliveries are already filtered by event_id; the welcome
/// record, written once the DM is sent, also keeps a member from being welcomed twice by two different events.
/// </summary>
public sealed class WelcomeOnTeamJoin(WelcomeStore welcomed, SlackMessenger messenger, IOptions<SlackOptions> slack,
    ILogger<WelcomeOnTeamJoin> log) : ISlackEventHandler
{
    public async Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        var user = envelope.EventAs<TeamJoinEvent>().User;
        if (user.Id.Length == 0 || user.IsBot || user.IsAppUser || user.Deleted) return;
        if (!await welcomed.TryClaimAsync(user.Id, ct))
        {
            log.LogInformation("Member already welcomed; no second welcome");
            return;
        }
        try
        {
            await messenger.SendDirectAsync(user.Id, WelcomeMessage.Build(user.Id, slack.Value.Command), ct);
        }
        catch (SlackApiException ex)
        {
            // The claim ends with no record, so that a later team_join (or a manual retry) can still welcome this member.
            welcomed.Release(user.Id);
            log.LogError("Welcome DM failed ({Error})", ex.Error);
            return;
        }
        catch
        {
            welcomed.Release(user.Id);
            throw;
        }
        await welcomed.CompleteAsync(user.Id, ct);
    }
}
