namespace BrigadeBot.Tests.Hosting;

/// <summary>
/// Tests that read a process-wide signal, such as a metric the exporter collects by meter name from every host alive in
/// the test process: they run after the others, one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInProcess
{
    public const string Name = "alone in the process";
}
