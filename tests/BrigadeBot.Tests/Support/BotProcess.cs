using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BrigadeBot.Storage;

namespace BrigadeBot.Tests.Support;

/// <summary>The built bot run as a real process (for what only a process shows: locks, exit codes, kill -9).</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private BotProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public const string ExecutableVariable = "BRIGADE_BOT_EXECUTABLE";

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public IReadOnlyList<string> Output { get { lock (output) return output.ToArray(); } }
    public Process Process => process;

    /// <summary>The restore command the started build names in its messages: its own executable when it is native.</summary>
    public static string RestoreCommand => Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } executable
        ? RestoreCommandLine.For(native: true, executable)
        : RestoreCommandLine.For(native: false, null);

    public static BotProcess Start(IDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        // BRIGADE_BOT_EXECUTABLE runs these tests against another build of the bot, a native one say.
        var info = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } executable
            ? new ProcessStartInfo(executable, arguments)
            : new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BrigadeBot.dll"), .. arguments]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = TestFolders.Create("brigade-cwd-");
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var bot = new BotProcess(new Process { StartInfo = info, EnableRaisingEvents = true }, port);
        bot.process.OutputDataReceived += (_, e) => bot.OnLine(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.OnLine(e.Data);
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Completes when the host logs that it started (or fails if the process exits first).</summary>
    public async Task WaitStartedAsync(TimeSpan? timeout = null)
    {
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(started.Task, exited, Task.Delay(timeout ?? TimeSpan.FromSeconds(60)));
        if (first != started.Task)
            throw new InvalidOperationException("The bot did not start:\n" + string.Join('\n', Output));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (line.Contains("Application started")) started.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
