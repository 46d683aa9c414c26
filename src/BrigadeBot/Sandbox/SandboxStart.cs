namespace BrigadeBot.Sandbox;

/// <summary>What a sandbox life is built from: the real host's configuration, environment and log sinks.</summary>
public sealed record SandboxStart(
    IConfiguration Configuration,
    IHostEnvironment Environment,
    ILoggerFactory Loggers,
    SandboxOptions Options,
    IReadOnlyList<SandboxBotExtension> Extensions);
