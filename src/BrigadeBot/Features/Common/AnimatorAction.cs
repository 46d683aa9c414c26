using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Common;

/// <summary>
/// A button only animators may use: anyone else, a former animator included, gets the polite refusal (a payload can be
/// forged, or a message forwarded). Answers go to the person who clicked, where they clicked.
/// </summary>
public abstract class AnimatorAction(Animators animators, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (animators.Contains(payload.User.Id))
            await HandleForAnimatorAsync(payload, action, ct);
        else
            await ReplyAsync(payload, Refusal, ct);
    }

    /// <summary>What anyone else is told; a button whose own refusal already covers them keeps it.</summary>
    protected virtual string Refusal => CommonTexts.AnimatorsOnly;

    protected abstract Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct);

    protected SlackMessenger Messenger => messenger;

    protected Task ReplyAsync(BlockActionsPayload payload, string text, CancellationToken ct, bool replaceOriginal = false) =>
        ReplyAsync(payload, new SlackMessage(text), ct, replaceOriginal);

    protected Task ReplyAsync(BlockActionsPayload payload, SlackMessage message, CancellationToken ct, bool replaceOriginal = false) =>
        messenger.ReplyToAsync(payload, message, replaceOriginal, ct);
}
