namespace Brigade.Slack.WebApi;

public enum SlackToken { Bot, App }
