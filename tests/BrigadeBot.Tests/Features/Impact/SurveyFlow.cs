using BrigadeBot.Features.Common;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Impact;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Storage;
using BrigadeBot.Tests.Features.Booking;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>A held session and its survey, driven as a member drives them: the DM button, the modal filled by label.</summary>
public sealed class SurveyFlow(BrigadeHost host)
{
    /// <summary>Wednesday 2 December 2026, 14:00 Toronto.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);

    public BookingFlow Booking { get; } = new(host);

    /// <summary>Members who leave the first booking's « Sondages après un accompagnement ou une conférence » box unticked.</summary>
    public HashSet<string> NoSurveyConsent { get; } = [];

    /// <summary>
    /// Publishes a session, books it for each member (ticking the survey consent in the first booking's form unless the
    /// member is in <see cref="NoSurveyConsent"/>), marks them present (the follow-up goes at once).
    /// </summary>
    public async Task HeldSessionAsync(int capacity = 1, params string[] members)
    {
        await BookedSessionAsync(capacity, members);
        await MarkAllPresentAsync();
    }

    public async Task BookedSessionAsync(int capacity = 1, params string[] members)
    {
        if (members.Length == 0) members = [BrigadeHost.Member];
        await Booking.PublishAsync("2026-12-02", "14:00", capacity: capacity);
        foreach (var member in members)
        {
            var form = await Booking.OpenBookingAsync(member);
            if (!NoSurveyConsent.Contains(member)) form.Set(SurveyConsentLabel, BrigadeBot.Features.Booking.BookingIds.SurveyGranted);
            await Booking.BookAsync("cybersecurite", "mercredi 2 décembre", member, form: form);
        }
    }

    public async Task MarkAllPresentAsync()
    {
        host.Clock.Advance(Start.AddMinutes(30) - host.Clock.GetUtcNow());
        foreach (var booking in Booking.Bookings())
            await Booking.ClickAsync(BrigadeHost.Animator, BrigadeBot.Features.Booking.BookingIds.MarkPresent, booking.Id);
    }

    public const string SurveyConsentLabel = "Sondages après un accompagnement ou une conférence";

    public string BookingOf(string member) => Booking.Bookings().Single(b => b.MemberId == member).Id;

    /// <summary>The survey button's value on the member's follow-up DM, or null when the DM has none.</summary>
    public string? SurveyButtonValue(string member)
    {
        var dm = Booking.DirectMessages(member).Last(c => c.AllText.Contains("*Merci*"));
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(dm.Arg("blocks")!)!.AsArray();
        // Beside the text when it is the DM's only button, in a row below it when other features add theirs.
        var buttons = blocks.Select(b => b!["accessory"]).Concat(blocks.SelectMany(b => b!["elements"]?.AsArray() ?? []));
        return buttons.FirstOrDefault(b => b?["action_id"]?.ToString() == ImpactIds.SurveyOpen)?["value"]?.ToString();
    }

    /// <summary>Clicks « Donner mon avis »; returns the modal opened, or null (the refusal went to the response_url).</summary>
    public async Task<ModalForm?> OpenAsync(string member, string bookingId)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await Booking.ClickAsync(member, ImpactIds.SurveyOpen, bookingId);
        var opened = host.Slack.CallsTo("views.open");
        return opened.Count > before ? ModalForm.From(opened[^1]) : null;
    }

    public static ModalForm Fill(ModalForm form, string satisfaction = "4", string progress = "Un peu", string transfer = "3",
        string? comment = null)
    {
        form.Set("Votre satisfaction (1 = pas du tout satisfait·e, 5 = très satisfait·e)", satisfaction)
            .Set(FrenchTypography.Apply("Vos compétences numériques ont-elles progressé ?"), progress)
            .Set(FrenchTypography.Apply("À combien de personnes pensez-vous transmettre ce que vous avez appris ?"), transfer);
        if (comment is not null) form.Set(FrenchTypography.Apply("Un commentaire ?"), comment);
        return form;
    }

    public List<BsonDocument> RawAnswers() => Read(db => db.GetCollection(SurveyStore.Answers).FindAll().ToList());
    public List<BsonDocument> RawMarkers() => Read(db => db.GetCollection(SurveyStore.Markers).FindAll().ToList());

    private T Read<T>(Func<ILiteDatabase, T> query) => host.Services.GetRequiredService<BrigadeDatabase>().ReadNow(query);
}
