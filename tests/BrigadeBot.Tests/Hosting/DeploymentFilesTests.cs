using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BrigadeBot.Tests.Hosting;

/// <summary>docker-compose.yml, the Dockerfile and .ci/run agree with the code they run.</summary>
public sealed partial class DeploymentFilesTests
{
    [Fact]
    public void Every_variable_docker_compose_sets_is_a_setting_of_appsettings_json()
    {
        var compose = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "appsettings.json")))!;

        var keys = EnvironmentKey().Matches(compose).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Storage__DatabasePath", keys);
        Assert.All(keys, key => Assert.True(Exists(settings, key.Split("__")), $"{key} is not a key of appsettings.json"));
        Assert.Contains("- brigade-data:/data", compose);
        Assert.Contains("Storage__DatabasePath: /data/brigade.db", compose);
        Assert.Contains("Storage__Backup__Folder: /data/backups", compose); // the backups live in the volume too
        Assert.Contains("GET /health", compose);
    }

    [Fact]
    public void The_image_makes_its_data_folder_private()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repository.Root, "Dockerfile"));

        Assert.Contains("chmod 700 /data", dockerfile);
        Assert.Contains("Storage__DatabasePath=/data/brigade.db", dockerfile);
    }

    [Fact]
    public void The_image_runs_the_native_build_that_the_benchmark_measures()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repository.Root, "Dockerfile"));
        var probe = File.ReadAllText(Path.Combine(Repository.Root, "benchmark", "probe.sh"));

        Assert.Contains("dotnet publish src/BrigadeBot/BrigadeBot.csproj -c Release -p:PublishAot=true", dockerfile);
        Assert.Contains("dotnet publish \"$1\" -c Release -p:PublishAot=true", probe); // PROBE_NATIVE=1
        Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime", dockerfile); // no .NET runtime in it
        Assert.Contains("ENTRYPOINT [\"./BrigadeBot\"]", dockerfile);
    }

    [Fact]
    public void CI_sets_CI_true_and_installs_chromium_where_the_browser_tests_look_for_it()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        Assert.Contains("export CI=true", script);
        Assert.Contains("${CHROMIUM_PATH:-/usr/bin/chromium}", script); // BrowserFactAttribute's Chromium.ExecutablePath
        Assert.DoesNotContain("command -v chromium", script);
    }

    private static bool Exists(JsonNode node, IEnumerable<string> path)
    {
        JsonNode? current = node;
        foreach (var part in path)
        {
            current = current switch
            {
                JsonObject obj => obj.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value,
                JsonArray => int.TryParse(part, out _) ? current : null, // an index into a list setting
                _ => null,
            };
            if (current is null) return false;
        }
        return true;
    }

    [GeneratedRegex(@"^\s+([A-Za-z]+(?:__[A-Za-z0-9]+)+):", RegexOptions.Multiline)]
    private static partial Regex EnvironmentKey();
}
