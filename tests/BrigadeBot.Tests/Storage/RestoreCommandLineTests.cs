using BrigadeBot.Storage;

namespace BrigadeBot.Tests.Storage;

public sealed class RestoreCommandLineTests
{
    [Fact]
    public void The_published_dll_is_restored_through_the_dotnet_host()
    {
        Assert.Equal("dotnet BrigadeBot.dll restore", RestoreCommandLine.For(native: false, "/usr/share/dotnet/dotnet"));
        Assert.Equal("dotnet BrigadeBot.dll restore", RestoreCommandLine.For(native: false, "/srv/brigade/BrigadeBot"));
    }

    [Fact]
    public void A_native_build_names_its_own_executable()
    {
        Assert.Equal("/app/BrigadeBot restore", RestoreCommandLine.For(native: true, "/app/BrigadeBot"));
    }

    [Fact]
    public void A_native_build_that_cannot_tell_its_path_falls_back_to_the_dll_form()
    {
        Assert.Equal("dotnet BrigadeBot.dll restore", RestoreCommandLine.For(native: true, null));
    }

    [Fact]
    public void These_tests_run_on_the_shared_runtime()
    {
        Assert.Equal("dotnet BrigadeBot.dll restore", RestoreCommandLine.Current);
    }
}
