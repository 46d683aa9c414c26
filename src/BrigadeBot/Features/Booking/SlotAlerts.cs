using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Booking;

/// <summary>Members who asked to hear of new slots get one DM when some are published; the request is then spent.</summary>
public sealed class SlotAlerts(MemberProfileStore profiles, SlackMessenger messenger, ILogger<SlotAlerts> log)
{
    public async Task SendAsync(CancellationToken ct)
    {
        foreach (var member in await profiles.TakeSlotAlertsAsync(ct))
        {
            try
            {
                await messenger.SendDirectAsync(member, new SlackMessage(BookingMessageTexts.NewSlotsAlert), ct);
            }
            catch (SlackApiException ex)
            {
                log.LogWarning("New-slots alert not delivered ({Error})", ex.Error);
            }
        }
    }
}
