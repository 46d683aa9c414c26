using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;

namespace BrigadeBot.Tests.Support;

/// <summary>
/// Loi 25's most private default, checked at the end of every test that starts a <see cref="BrigadeHost"/>: no booking,
/// profile category, survey answer or member export may reach a channel others read. It recognises them by the words
/// only those messages carry (category labels, the booking messages' headings, the calendar and export files); free text
/// a test typed is checked by the tests that type it.
/// </summary>
public static class PublicChannelGuard
{
    public static readonly IReadOnlyList<string> Markers =
    [
        .. MemberCategories.All.Select(c => c.Label).Where(label => label.Length > 8), // « Autre » is too common a word
        BookingTexts.NoteLabel, "Votre accompagnement est confirmé", "Nouvelle réservation", "accompagnement-brigade.ics",
        "Accompagnement Brigade", "Rappel de votre accompagnement", PrivacyTexts.ExportFileName, MemberExport.Schema,
        "\"category_in_statistics\"", SessionFactStore.CategoryWithheld,
    ];

    public static void Check(FakeSlackServer slack)
    {
        foreach (var call in slack.PublicChannelCalls)
        foreach (var marker in Markers)
            if (call.AllText.Contains(marker, StringComparison.Ordinal))
                throw new InvalidOperationException(
                    $"Personal data in a public channel: {call.Method} to {call.Arg("channel") ?? call.Arg("channel_id")} carries « {marker} ».");
    }
}
