namespace Brigade.Slack;

/// <summary>What the Slack layer says on the app's behalf when a handler fails; the app provides the words.</summary>
public sealed class SlackFailureTexts
{
    /// <summary>Shown to the person whose request failed (mrkdwn).</summary>
    public string Apology { get; set; } = "Sorry, something went wrong. Please try again.";

    /// <summary>The title (24 characters at most) of the modal shown when a submission failed.</summary>
    public string ApologyTitle { get; set; } = "Oops";
}
