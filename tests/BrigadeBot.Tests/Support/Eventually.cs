namespace BrigadeBot.Tests.Support;

/// <summary>
/// Waits for work that Quartz runs on its own threads, where nothing signals the end: the condition is checked every
/// 20 ms, up to 2,250 times (45 s on a machine that keeps up; a pass never waits that long). The patience is counted in
/// checks, not in wall-clock time, so a machine that stops for a while (a paused VM, a starved thread pool) does not use
/// it up while nothing can run. Only the test moves the fake clock.
/// </summary>
public static class Eventually
{
    private const int Checks = 2_250;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string failure)
    {
        for (var check = 1; !await condition(); check++)
        {
            if (check >= Checks) Assert.Fail(failure);
            await Task.Delay(Interval);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string failure) => HoldsAsync(() => Task.FromResult(condition()), failure);
}
