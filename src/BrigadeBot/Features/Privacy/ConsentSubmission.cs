using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Privacy;

/// <summary>Records the choices that changed (append-only history), effective at once, and shows the current state.</summary>
public sealed class ConsentSubmission(Consents consents) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var member = payload.User.Id;
        var choices = ConsentModal.Read(payload.View);
        var changed = await consents.RecordAsync(member, choices, ct);
        var withdrawn = changed.Contains(ConsentPurposes.Statistics) && !choices[ConsentPurposes.Statistics];
        return ViewSubmissionReply.Update(ConsentModal.Saved(await consents.CurrentAsync(member, ct), withdrawn));
    }
}
