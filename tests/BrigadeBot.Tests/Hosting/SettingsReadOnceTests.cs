using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Hosting;

public sealed class SettingsReadOnceTests
{
    [Fact]
    public async Task No_settings_file_is_watched_for_changes()
    {
        await using var host = await BrigadeHost.StartAsync();

        var root = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        var files = root.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }
}
