using System.Reflection;

namespace BrigadeBot.Tests.Features.Common;

/// <summary>
/// Sample arguments for the texts' formatting methods: each parameter takes each of its samples in turn while the others
/// keep their first one, so every branch a single value selects is reached.
/// </summary>
internal static class TextSamples
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly DateTimeOffset When = new(2026, 12, 2, 14, 0, 0, TimeSpan.FromHours(-5));

    public static IEnumerable<object?[]> ArgumentSets(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var samples = parameters.Select(Samples).ToArray();
        var first = samples.Select(s => s[0]).ToArray();
        yield return first;
        for (var i = 0; i < parameters.Length; i++)
            foreach (var sample in samples[i].Skip(1))
            {
                var arguments = (object?[])first.Clone();
                arguments[i] = sample;
                yield return arguments;
            }
    }

    private static object?[] Samples(ParameterInfo parameter)
    {
        var values = Of(parameter.ParameterType, parameter.Name ?? "");
        return parameter.ParameterType == typeof(string) && Nullability.Create(parameter).ReadState == NullabilityState.Nullable
            ? [.. values, null]
            : values;
    }

    private static object?[] Of(Type type, string name)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return [.. Of(inner, name), null];
        if (type == typeof(string))
            return name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("link", StringComparison.OrdinalIgnoreCase)
                ? ["https://exemple.org/fiche"]
                : ["U0SAMPLE"];
        if (type == typeof(int)) return [3, 0, 1, 25];
        if (type == typeof(double)) return [2.5];
        if (type == typeof(decimal)) return [4.25m, 0m];
        if (type == typeof(bool)) return [true, false];
        if (type == typeof(DateOnly)) return [new DateOnly(2026, 12, 1)];
        if (type == typeof(TimeSpan)) return [TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(125)];
        if (type == typeof(Func<string, int>)) return [new Func<string, int>(_ => 12), new Func<string, int>(_ => 1)];
        if (type == typeof(DateTimeOffset)) return [When, When.AddMinutes(30), When.AddYears(1)];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object?>().ToArray();
        if (type == typeof(IReadOnlyDictionary<string, int>))
            return [new Dictionary<string, int> { ["bookings"] = 2, ["watch_items"] = 1 }];
        if (type.IsGenericType && type.GetGenericArguments() is [var item] && type.IsAssignableFrom(item.MakeArrayType()))
        {
            var array = Array.CreateInstance(item, item == typeof(string) ? 25 : 0);
            for (var i = 0; i < array.Length; i++) array.SetValue($"U0SAMPLE{i}", i);
            return [array, Array.CreateInstance(item, 0)];
        }
        if (type.IsClass) return [Build(type)]; // ImpactReport, SurveyFigures, RetentionOptions…
        throw new InvalidOperationException($"No sample for {type.Name} {name}: add one.");
    }

    private static object Build(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Samples(p)[0]).ToArray());
    }
}
