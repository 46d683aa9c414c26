using BrigadeBot.Tests.Support;

namespace BrigadeBot.Tests.Hosting;

/// <summary>Start-up time and idle memory are measured: the PDF library loads with the first recap, never at start.</summary>
public sealed class LazyPdfTests
{
    [Fact]
    public async Task The_started_bot_has_not_loaded_PDFsharp()
    {
        if (!OperatingSystem.IsLinux()) return; // the process's mapped files are read from /proc
        var folder = TestFolders.Create("brigade-lazy-");
        await using var bot = BotProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db") });
        await bot.WaitStartedAsync();
        using var http = new HttpClient();
        Assert.True((await http.GetAsync(bot.BaseUrl + "/health")).IsSuccessStatusCode);

        var mapped = await File.ReadAllTextAsync($"/proc/{bot.Process.Id}/maps");

        Assert.Contains("LiteDB.dll", mapped); // the assemblies in use show here
        Assert.DoesNotContain("PdfSharp", mapped, StringComparison.OrdinalIgnoreCase);
    }
}
