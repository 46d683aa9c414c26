namespace Brigade.Slack.BlockKit;

public enum ButtonStyle { Default, Primary, Danger }
