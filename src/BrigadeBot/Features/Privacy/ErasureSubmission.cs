using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Privacy;

/// <summary>The confirmation: erases in one transaction, then shows that it is done.</summary>
public sealed class ErasureSubmission(MemberData data, Animators animators) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var actor = payload.User.Id;
        var subject = ErasureModal.Subject(payload.View) ?? actor;
        // The metadata comes back from the client: only an animator may erase someone else; a forged one erases nothing.
        if (subject != actor && !animators.Contains(actor)) return ViewSubmissionReply.Close();
        await data.EraseAsync(subject, actor, ct);
        return ViewSubmissionReply.Update(ErasureModal.Done(subject, subject == actor));
    }
}
