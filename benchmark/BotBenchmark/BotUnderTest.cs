using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotBenchmark;

/// <summary>The published bot as a process on a loopback port, with its own temporary database folder.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string SigningSecret = "benchmark-signing-secret";
    public const string Animator = "U0ANIMATOR";

    private readonly Process process;
    private readonly bool ownsFolder;

    private BotUnderTest(Process process, int port, string folder, bool ownsFolder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
        this.ownsFolder = ownsFolder;
    }

    public int Port { get; }
    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "brigade.db");
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public int ProcessId => process.Id;

    /// <summary>
    /// Starts the bot; <paramref name="settings"/> are added as environment variables (Section__Key). Its database is
    /// in <paramref name="folder"/> when given (kept afterwards: a later start finds it), else in a new temporary folder.
    /// </summary>
    public static BotUnderTest Start(string dll, IDictionary<string, string>? settings = null, string? folder = null)
    {
        var port = FreePort();
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("brigade-bench-").FullName;
        // A published .dll runs on the shared runtime; anything else is a native executable.
        var native = !dll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(native ? dll : "dotnet", native ? [] : [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Slack__SigningSecret"] = SigningSecret;
        info.Environment["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db");
        info.Environment["Brigade__Animators__0"] = Animator;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, _) => { };
        var bot = new BotUnderTest(process, port, folder, ownsFolder);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            Console.Error.WriteLine("bot: " + line);
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
                || line.StartsWith("Unhandled exception", StringComparison.Ordinal)) bot.errors.Enqueue(line);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> errors = new();

    /// <summary>The first line of every error the bot wrote to its standard error (log entries at fail or crit, crashes).</summary>
    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Polls <c>/health</c> until it answers 200; returns false if the process exits or the time runs out.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan timeout, TimeSpan? poll = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(BaseUrl + "/health");
                if (response.StatusCode == HttpStatusCode.OK) return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer within the client's timeout
            }
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(2));
        }
        return false;
    }

    /// <summary>Resident memory of the bot now, from /proc (Linux).</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>CPU time the bot has used so far (user + system), from /proc: what start-up costs whatever the load.</summary>
    public double CpuMilliseconds()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 1000.0 / 100; // utime, stime in USER_HZ ticks
    }

    /// <summary>SIGTERM, as a deployment stops the bot: it closes the database and exits on its own (SIGKILL after 30 s).</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        if (kill(process.Id, 15) != 0) throw new InvalidOperationException("SIGTERM could not be sent to the bot.");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    /// <summary>SIGKILL: nothing gets a chance to flush; what is on disk is what a member was promised.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (!ownsFolder) return;
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
