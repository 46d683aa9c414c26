using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Welcome;

/// <summary>The DM a new member receives.</summary>
public static class WelcomeMessage
{
    public static SlackMessage Build(string userId, string command) => new(WelcomeTexts.Fallback,
    [
        new HeaderBlock(WelcomeTexts.Header),
        SectionBlock.Markdown(WelcomeTexts.Presentation(Mrkdwn.User(userId))),
        SectionBlock.Markdown(WelcomeTexts.WhatYouCanDo),
        SectionBlock.Markdown(WelcomeTexts.HowToStart(command)),
    ]);
}
