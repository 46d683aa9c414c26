namespace BrigadeBot.Tests.Support;

/// <summary>
/// Waits for work that Quartz runs on its own threads, where nothing signals the end: the condition is checked every
/// 20 ms of real time, for up to 45 s (a busy machine slows it; a pass never waits that long). Only the test moves the fake clock.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string failure)
    {
        var patience = DateTime.UtcNow.AddSeconds(45);
        while (!await condition())
        {
            if (DateTime.UtcNow > patience) Assert.Fail(failure);
            await Task.Delay(20);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string failure) => HoldsAsync(() => Task.FromResult(condition()), failure);
}
