using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Hosting;

public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Brigade:TimeZone", "Mars/Olympus", "Brigade:TimeZone")]
    [InlineData("Brigade:Animators:0", "not-a-user", "Brigade:Animators:0")]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:ApiBaseUrl", "not a url", "Slack:ApiBaseUrl")]
    [InlineData("Brigade:Themes:0:SheetUrl", "javascript:alert(1)", "Brigade:Themes:0:SheetUrl")]
    public async Task A_malformed_key_stops_the_start_with_a_message_naming_it(string key, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await BrigadeHost.StartAsync(new() { [key] = value });
        });

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(named, validation.Message);
    }
}
