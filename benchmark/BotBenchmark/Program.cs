using System.Globalization;
using BotBenchmark;

// Usage: BotBenchmark burst <BrigadeBot.dll> [members=400] [slots=8] [connections=16,1] [rounds=1]
//        BotBenchmark startup <BrigadeBot.dll> [runs=5] [restart]
//        BotBenchmark soak <BrigadeBot.dll> [minutes=30] [moves per second=2] [sample every seconds=60]
//        BotBenchmark tour <BrigadeBot.dll or native BrigadeBot>
//        BotBenchmark compare startup <A/BrigadeBot.dll> <B/BrigadeBot.dll> [pairs=5]
//        BotBenchmark compare burst <A/BrigadeBot.dll> <B/BrigadeBot.dll> [pairs=5] [members=400] [slots=8] [connections=16,1] [rounds=1]
if (args is ["compare", var compared, var a, var b, ..] && File.Exists(a) && File.Exists(b))
{
    int CompareArg(int index, int fallback) => args.Length > index ? int.Parse(args[index]) : fallback;
    var (dllA, dllB, pairs) = (Path.GetFullPath(a), Path.GetFullPath(b), CompareArg(4, 5));
    return compared switch
    {
        "startup" => await Compare.StartupAsync(dllA, dllB, pairs),
        "burst" => await Compare.BurstAsync(dllA, dllB, pairs, members: CompareArg(5, 400), slots: CompareArg(6, 8),
            connectionCounts: args.Length > 7 ? args[7].Split(',').Select(int.Parse).ToArray() : [16, 1], rounds: CompareArg(8, 1)),
        _ => 2,
    };
}
if (args.Length < 2 || !File.Exists(args[1]))
{
    Console.Error.WriteLine("usage: BotBenchmark burst|startup|soak <path to the published BrigadeBot.dll> [options], or compare burst|startup <A.dll> <B.dll> [pairs] [options]");
    return 2;
}
var dll = Path.GetFullPath(args[1]);
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index]) : fallback;
return args[0] switch
{
    "burst" => await BookingBurst.RunAsync(dll, members: Arg(2, 400), slots: Arg(3, 8),
        connectionCounts: args.Length > 4 ? args[4].Split(',').Select(int.Parse).ToArray() : [16, 1], rounds: Arg(5, 1)),
    "startup" => await StartupProbe.RunAsync(dll, runs: Arg(2, 5), restart: args is [_, _, _, "restart", ..]),
    "tour" => await FeatureTour.RunAsync(dll),
    "soak" => await SoakRun.RunAsync(dll, TimeSpan.FromMinutes(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30),
        movesPerSecond: args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 2, sampleEvery: TimeSpan.FromSeconds(Arg(4, 60))),
    _ => 2,
};
