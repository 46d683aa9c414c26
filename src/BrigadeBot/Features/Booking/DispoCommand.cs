using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade dispo</c> (animators): opens the slot publication modal.</summary>
public sealed class DispoCommand(ISlackApi slack, Animators animators, ThemeCatalog themes, BrigadeTimeZone zone,
    IOptionsMonitor<BookingOptions> options) : AnimatorCommand(animators)
{
    protected override async Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(command.TriggerId)) return CommandReply.Ephemeral(CommonTexts.Apology);
        await slack.OpenViewAsync(command.TriggerId, SlotModal.Build(themes.All, zone.Today, FrenchDates.ZoneName(zone.Zone), options.CurrentValue.MaxRepeatWeeks), ct);
        return null;
    }
}
