using System.Text.RegularExpressions;

namespace BrigadeBot.Tests.Architecture;

/// <summary>Each file declares one top-level type and is named after it (a partial part: <c>Type.Part.cs</c>).</summary>
public sealed partial class OneTypePerFileTests
{
    [Fact]
    public void Every_file_of_the_Slack_layer_holds_the_one_type_it_is_named_after()
    {
        var folder = Path.Combine(Repository.Root, "src", "Brigade.Slack");
        var wrong = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => (File: Path.GetRelativePath(folder, path), Types: TopLevelTypes(File.ReadAllText(path))))
            .Where(f => f.Types.Count != 1 || f.Types[0] != Path.GetFileNameWithoutExtension(f.File))
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToArray();
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    /// <summary>Files that knowingly hold more than their namesake, with the reason.</summary>
    private static readonly (string File, string Reason)[] BotExceptions =
    [
        ("Features/Watch/WatchPersonalData.cs", "the personal-data descriptions of the watch feature's two stores, as partial parts of each"),
    ];

    [Fact]
    public void Every_file_of_the_bot_holds_the_one_type_it_is_named_after()
    {
        var folder = Path.Combine(Repository.Root, "src", "BrigadeBot");
        var wrong = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => (File: Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'),
                Types: TopLevelTypes(File.ReadAllText(path)).Distinct().ToList()))
            .Where(f => f.Types.Count > 0 && BotExceptions.All(e => e.File != f.File))
            .Where(f => f.Types.Count != 1 || f.Types[0] != Path.GetFileName(f.File).Split('.')[0])
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToArray();
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Only_declarations_at_the_start_of_a_line_count_as_top_level()
    {
        const string source = "namespace N;\n\npublic sealed record Outer\n{\n    private sealed class Inner;\n}\n\ninternal enum Other { A }\n\npublic readonly record struct Pair(int A);\n";
        Assert.Equal(["Outer", "Other", "Pair"], TopLevelTypes(source));
    }

    // File-scoped namespaces put top-level types at column 0 and nested ones indented.
    private static List<string> TopLevelTypes(string source) =>
        Declaration().Matches(source).Select(m => m.Groups["name"].Value).ToList();

    [GeneratedRegex(@"^(?:public|internal|file)\b[^\n;={]*?\b(?:record\s+struct|record\s+class|class|record|interface|struct|enum)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
