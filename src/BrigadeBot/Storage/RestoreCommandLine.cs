using System.Runtime.CompilerServices;

namespace BrigadeBot.Storage;

/// <summary>
/// The restore command as an operator types it for this very build: through the dotnet host for the published dll,
/// the executable itself for a native build (the Docker image's), which has no dll.
/// </summary>
public static class RestoreCommandLine
{
    public static string Current { get; } = For(native: !RuntimeFeature.IsDynamicCodeSupported, Environment.ProcessPath);

    public static string For(bool native, string? executable) =>
        native && executable is { Length: > 0 } ? $"{executable} restore" : "dotnet BrigadeBot.dll restore";
}
