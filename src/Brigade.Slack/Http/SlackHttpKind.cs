namespace Brigade.Slack.Http;

/// <summary>Which of Slack's three endpoints a request came to.</summary>
internal enum SlackHttpKind { Command, Interaction, Event }
