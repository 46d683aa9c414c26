using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Impact;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Home;
using BrigadeBot.Tests.Features.Impact;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Common;

/// <summary>
/// Every text members read keeps the OQLF spacing: no breakable space before « : », « ; », « ! », « ? », « » », or after
/// « « ». Scans the *Texts classes (constants, lists, and every formatting method called with sample values), the
/// views and messages the running bot sends, and the report's files.
/// </summary>
public sealed partial class MemberFacingTextTests
{
    [GeneratedRegex(@"[ \t](?::(?![A-Za-z0-9_+\-])|[;!?»])|«[ \t]")]
    private static partial Regex BreakableSpace();

    [GeneratedRegex(@"^\s*:[a-z0-9_+\-]+:")]
    private static partial Regex Emoji();

    internal static IEnumerable<string> Faults(string where, string? text) =>
        text is null ? [] : BreakableSpace().Matches(text).Select(m =>
            $"{where}: « …{text[Math.Max(0, m.Index - 25)..Math.Min(text.Length, m.Index + 10)].ReplaceLineEndings("⏎")}… »");

    private static IEnumerable<Type> TextClasses() =>
        typeof(Program).Assembly.GetTypes().Where(t => t.Name.EndsWith("Texts", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed);

    [Fact]
    public void The_checker_catches_each_fault_and_passes_the_right_spacing()
    {
        foreach (var wrong in new[] { "Thème : x", "Merci !", "Vraiment ?", "a ; b", "« titre»", "«titre »", "fin :" })
            Assert.NotEmpty(Faults("t", wrong));
        Assert.Empty(Faults("t", "Thème\u00A0: x · Merci\u202F! « » :tada: <!channel> https://x.org :white_check_mark: ok"
            .Replace("« »", "«\u00A0titre\u00A0»")));
    }

    [Fact]
    public void Every_constant_list_and_property_of_the_texts_classes_is_well_spaced()
    {
        var faults = new List<string>();
        var seen = 0;
        foreach (var type in TextClasses())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                foreach (var text in Strings(field.GetValue(null))) { seen++; faults.AddRange(Faults($"{type.Name}.{field.Name}", text)); }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
                foreach (var text in Strings(property.GetValue(null))) { seen++; faults.AddRange(Faults($"{type.Name}.{property.Name}", text)); }
        }
        Assert.True(seen > 300, $"only {seen} texts found");
        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    [Fact]
    public void Every_formatting_method_of_the_texts_classes_gives_well_spaced_text()
    {
        var faults = new List<string>();
        var calls = 0;
        foreach (var type in TextClasses())
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                         .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.IsGenericMethod))
                foreach (var arguments in TextSamples.ArgumentSets(method))
                {
                    calls++;
                    var text = (string?)method.Invoke(null, arguments);
                    faults.AddRange(Faults($"{type.Name}.{method.Name}({string.Join(", ", arguments)})", text));
                }
        Assert.True(calls > 300, $"only {calls} calls");
        Assert.True(faults.Count == 0, string.Join('\n', faults.Distinct()));
    }

    [Fact]
    public void Every_accessibility_label_fits_Slack_s_75_characters_whatever_the_title()
    {
        var labels = TextClasses().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.EndsWith("Label", StringComparison.Ordinal) && m.ReturnType == typeof(string)
                && m.GetParameters() is [{ ParameterType: var type }] && type == typeof(string))
            .ToList();
        Assert.True(labels.Count >= 12, $"only {labels.Count} label methods");
        var title = "Une très longue fiche " + new string('é', 200);
        Assert.All(labels, m => Assert.True(((string)m.Invoke(null, [title])!).Length <= 75, m.Name));
    }

    [Fact]
    public async Task The_views_and_messages_the_bot_sends_are_well_spaced_with_a_readable_fallback()
    {
        var faults = new List<string>();
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        foreach (var (command, user) in new[]
        {
            ("reserver", BrigadeHost.Member), ("mes-reservations", BrigadeHost.Member), ("aide", BrigadeHost.Member),
            ("dispo", BrigadeHost.Animator), ("agenda", BrigadeHost.Animator), ("proposer", BrigadeHost.Member),
            ("sujets", BrigadeHost.Member), ("codev", BrigadeHost.Animator), ("veille", BrigadeHost.Animator),
            ("veille liste", BrigadeHost.Animator), ("fiche", BrigadeHost.Member), ("fiche ajouter", BrigadeHost.Animator),
            ("confidentialite", BrigadeHost.Member), ("consentements", BrigadeHost.Member), ("corriger", BrigadeHost.Member),
            ("oublier", BrigadeHost.Member), ("mes-donnees", BrigadeHost.Member), ("bilan", BrigadeHost.Animator),
            ("inconnue", BrigadeHost.Member),
        })
        {
            var body = await (await host.CommandAsync(command, user)).Content.ReadAsStringAsync();
            faults.AddRange(Faults($"/brigade {command}", SlackCall.Unescaped(body)));
            if (body.Length > 0 && JsonNode.Parse(body)?["text"]?.ToString() is { } fallback && Emoji().IsMatch(fallback))
                faults.Add($"/brigade {command}: fallback text « {fallback} »");
        }
        await host.IdleAsync();
        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);
        await HomeTests.OpenHomeAsync(host, BrigadeHost.Animator);

        foreach (var call in host.Slack.Calls)
        {
            faults.AddRange(Faults(call.Method, call.AllText));
            if (call.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update" or "(response_url)"
                && call.Arg("text") is var fallback && (string.IsNullOrWhiteSpace(fallback) || Emoji().IsMatch(fallback)))
                faults.Add($"{call.Method}: fallback text « {fallback} »");
        }
        Assert.True(host.Slack.CallsTo("views.open").Count >= 8, "the modals did not open");
        Assert.Equal(2, host.Slack.CallsTo("views.publish").Count);
        Assert.True(faults.Count == 0, string.Join('\n', faults.Distinct()));
    }

    [Fact]
    public async Task The_report_files_headers_and_rows_are_well_spaced()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);
        using var scope = host.Services.CreateScope();
        var period = scope.ServiceProvider.GetRequiredService<ReportPeriods>().Parse("").Period!;
        var report = await scope.ServiceProvider.GetRequiredService<ImpactReportBuilder>().BuildAsync(period, default);
        var faults = new List<string>();
        foreach (var table in ReportTables.From(report))
            faults.AddRange(Faults(table.FileName, System.Text.Encoding.UTF8.GetString(ReportTables.ToCsv(table)) + "\n" + table.Title));
        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Strings(tuple[i])),
        IEnumerable items and not string => items.Cast<object?>().SelectMany(Strings),
        _ when value?.GetType() is { IsClass: true } t && t.Namespace?.StartsWith("BrigadeBot") == true =>
            t.GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(value) ?? ""),
        _ => [],
    };
}
