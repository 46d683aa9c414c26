using BrigadeBot.Tests.Support;

namespace BrigadeBot.Tests.Hosting;

public sealed class SecondInstanceTests
{
    [Fact]
    public async Task A_second_process_on_the_same_database_refuses_to_start()
    {
        var folder = TestFolders.Create("brigade-lock-");
        var environment = new Dictionary<string, string> { ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db") };
        await using var first = BotProcess.Start(environment);
        await first.WaitStartedAsync();

        await using var second = BotProcess.Start(environment);
        var exitCode = await second.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(second.Output, line => line.Contains("BrigadeBot cannot start") && line.Contains("brigade.db"));
        Assert.False(first.Process.HasExited);
    }
}
