using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Codev;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>
/// A feature that exists only here adds personal data the way a new feature would: its store, its description and its
/// correction list, registered from its own setup. Nothing of the privacy feature changes, yet the inventory, the
/// export, the correction, the erasure and the retention (its own kind and setting) all reach it.
/// </summary>
public sealed class ContributedPersonalDataTests : IAsyncLifetime
{
    private BrigadeHost host = null!;
    private PrivacyFlow flow = null!;

    public async Task InitializeAsync()
    {
        host = await BrigadeHost.StartAsync(new() { ["Privacy:Retention:NotesMonths"] = "2" },
            services: s => s.AddStore<NoteStore>().AddPersonalData<NoteStore>(NoteStore.Inventory).AddPersonalDataCorrection<NoteCorrection>());
        flow = new PrivacyFlow(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private NoteStore Notes => host.Services.GetRequiredService<NoteStore>();
    private DateTime Now => host.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_description_shows_in_the_inventory_and_its_document()
    {
        var inventory = host.Services.GetRequiredService<PrivacyInventory>();

        Assert.Same(NoteStore.Inventory, inventory.Collections[^1]);
        InventoryTests.AssertDescribesEveryPersistedField(inventory.Collections[^1]);
        Assert.Contains("### `test_notes`", inventory.Markdown());
        Assert.Contains("| `Text` | Texte de la note. | oui |", inventory.Markdown());
        Assert.Contains(NoteStore.Collection, await host.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollectionNames().ToList()));
    }

    [Fact]
    public async Task Export_and_erasure_reach_the_new_store()
    {
        await Notes.AddAsync(BrigadeHost.Member, "ma note", Now);
        await Notes.AddAsync(ExportTests.Other, "la sienne", Now);
        var data = host.Services.GetRequiredService<MemberData>();

        Assert.Equal("ma note", (await data.ExportAsync(BrigadeHost.Member, default)).Root["notes"]![0]!["text"]!.ToString());

        var removed = await data.EraseAsync(BrigadeHost.Member, BrigadeHost.Member, default);
        Assert.Equal(1, removed["notes"]);
        Assert.Equal([ExportTests.Other], (await Notes.AllAsync()).Select(n => n.MemberId));
    }

    [Fact]
    public async Task Retention_looks_up_the_new_kind_and_its_setting()
    {
        await Notes.AddAsync(BrigadeHost.Member, "vieille", Now.AddMonths(-3));
        await Notes.AddAsync(BrigadeHost.Member, "récente", Now.AddMonths(-1));

        var removed = await host.Services.GetRequiredService<RetentionService>().RunAsync(default);

        Assert.Equal(1, removed["notes"]);
        Assert.Equal(["récente"], (await Notes.AllAsync()).Select(n => n.Text));
        Assert.Equal(2, host.Services.GetRequiredService<RetentionPolicy>().Months(NoteStore.Retention));
    }

    [Fact]
    public async Task Corriger_offers_the_new_list_and_applies_it()
    {
        await Notes.AddAsync(BrigadeHost.Member, "à retirer", Now);
        var id = Assert.Single((await Notes.AllAsync())).Id.ToString();

        var form = await flow.OpenAsync("corriger");
        var done = await flow.SubmitAsync(form.Set("Retirer ces notes", id));

        Assert.Contains("1 note(s) retirée(s).", done.Readable());
        Assert.Empty((await Notes.AllAsync()));
    }
}

public sealed class Note
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public string MemberId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime AtUtc { get; set; }
}

public sealed class NoteStore(BrigadeDatabase database) : IStoreSetup, IPersonalDataStore
{
    public const string Collection = "test_notes";
    public static readonly RetentionKind Retention = new("Notes", 12);

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(Note), "Essai.", "Personne.",
        "`Privacy:Retention:NotesMonths`.",
        [F("Id", "Identifiant."), F("MemberId", "Membre.", true), F("Text", "Texte de la note.", true), F("AtUtc", "Moment.", true)],
        Retention);

    private static ILiteCollection<Note> Notes(ILiteDatabase db) => db.GetCollection<Note>(Collection);

    public void EnsureIndexes(ILiteDatabase db) => Notes(db).EnsureIndex(n => n.MemberId);

    public Task AddAsync(string memberId, string text, DateTime atUtc, CancellationToken ct = default) =>
        database.WriteAsync(db => Notes(db).Insert(new Note { Id = ObjectId.NewObjectId(), MemberId = memberId, Text = text, AtUtc = atUtc }), ct);

    public Task<IReadOnlyList<Note>> AllAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Note>>(db => Notes(db).FindAll().ToList(), ct);

    public Task<int> DeleteAsync(string memberId, IEnumerable<string> ids, CancellationToken ct) =>
        database.WriteAsync(db => ids.Count(id => Notes(db).DeleteMany(n => n.Id == new ObjectId(id) && n.MemberId == memberId) > 0), ct);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var note in Notes(db).Find(n => n.MemberId == memberId)) export.Add("notes", new() { ["text"] = note.Text });
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("notes", Notes(db).DeleteMany(n => n.MemberId == memberId));

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(Retention);
        removed.Add("notes", Notes(db).DeleteMany(n => n.AtUtc < cutoff));
    }
}

public sealed class NoteCorrection(NoteStore notes) : IPersonalDataCorrection
{
    public string BlockId => "notes.correct";
    public string Label => "Retirer ces notes";
    public string Hint => "Elles seront effacées.";
    public string Nothing => "Aucune note.";

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await notes.AllAsync(ct)).Where(n => n.MemberId == memberId).Select(n => new CorrectionChoice(n.Id.ToString(), n.Text)).ToList();

    public async Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct) =>
        await notes.DeleteAsync(memberId, values, ct);

    public string Done(int count) => $"{count} note(s) retirée(s).";
}
