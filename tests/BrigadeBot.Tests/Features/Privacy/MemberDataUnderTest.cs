using System.Text.Json.Nodes;
using Brigade.Slack;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.FollowUp;
using Brigade.Slack.SocketMode;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>
/// <see cref="MemberData"/> over a temporary database and two small stores (« bookings », « notes »), with a Slack API that
/// only records its calls: the erasure's one transaction and its audit row, without a host.
/// </summary>
internal sealed class MemberDataUnderTest : IDisposable
{
    public const string Animator = "U0ANIMATOR";
    public const string Member = "U0MEMBER";
    public const string Other = "U0OTHER";

    private readonly TempFolder temp = new();
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public MemberDataUnderTest(IPersonalDataStore? failing = null)
    {
        Database = TestDatabase.Open(temp.DatabasePath);
        var connection = new SlackConnectionState(Options.Create(new SlackOptions()), Options.Create(new SocketModeOptions()), TimeProvider.System);
        FollowUps = new SlackFollowUpQueue(NullLogger<SlackFollowUpQueue>.Instance,
            new SlackMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), connection), TimeProvider.System);
        var zone = new BrigadeTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), TimeProvider.System);
        IPersonalDataStore[] stores = failing is null ? [Bookings, Notes] : [Bookings, failing, Notes];
        Data = new MemberData(Database, stores, zone, FollowUps, TimeProvider.System, NullLogger<MemberData>.Instance);
        var community = new StaticOptions<CommunityOptions>(new CommunityOptions { Animators = [Animator] });
        Oublier = new OublierCommand(Data, new SubjectResolver(new Animators(community)), Slack, TimeProvider.System);
    }

    public BrigadeDatabase Database { get; }
    public SlackFollowUpQueue FollowUps { get; }
    public MemberData Data { get; }
    public OublierCommand Oublier { get; }
    public RecordingSlack Slack { get; } = new();
    public NotesStore Bookings { get; } = new("bookings");
    public NotesStore Notes { get; } = new("notes");

    public async Task AddAsync(NotesStore store, string memberId, int count, bool expired = false) =>
        await Database.WriteAsync(db =>
        {
            for (var i = 0; i < count; i++)
                db.GetCollection(store.Collection).Insert(new BsonDocument { ["member"] = memberId, ["expired"] = expired });
        }, default);

    public RetentionService Retention() => new(Database, [Bookings, Notes],
        new RetentionPolicy([], new StaticOptions<PrivacyOptions>(new PrivacyOptions())), TimeProvider.System,
        NullLogger<RetentionService>.Instance);

    public int Count(NotesStore store, string memberId) =>
        Database.ReadNow(db => db.GetCollection(store.Collection).Count(Query.EQ("member", memberId)));

    public List<AuditEntry> Audit() => Database.ReadNow(db => db.GetCollection<AuditEntry>(AuditStore.Collection).FindAll().ToList());

    public void Dispose()
    {
        Database.Dispose();
        services.Dispose();
        temp.Dispose();
    }

    /// <summary>A store of one collection whose documents name their member: exported, erased with a follow-up each.</summary>
    internal sealed class NotesStore(string collection) : IPersonalDataStore
    {
        public string Collection => collection;

        public void Export(ILiteDatabase db, string memberId, MemberExport export)
        {
            foreach (var note in db.GetCollection(collection).Find(Query.EQ("member", memberId)))
                export.Add(collection, new JsonObject { ["id"] = note["_id"].ToString(), ["status"] = "cancelled" });
        }

        public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
        {
            erasure.Removed.Add(collection, db.GetCollection(collection).DeleteMany(Query.EQ("member", memberId)));
            erasure.Then("erasure: " + collection, (_, _) => Task.CompletedTask);
        }

        public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
            removed.Add(collection, db.GetCollection(collection).DeleteMany(Query.EQ("expired", true)));
    }

    internal sealed class RecordingSlack : ISlackApi
    {
        public List<(string Method, JsonObject Arguments)> Calls { get; } = [];

        public Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken ct = default, SlackToken token = SlackToken.Bot)
        {
            Calls.Add((method, arguments));
            return Task.FromResult(new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V1" } });
        }

        public Task UploadAsync(string uploadUrl, ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default) =>
            throw new NotSupportedException();

        public Task RespondAsync(string responseUrl, JsonObject message, CancellationToken ct = default) => throw new NotSupportedException();
    }

    private sealed class StaticOptions<T>(T options) : IOptionsMonitor<T>
    {
        public T CurrentValue => options;
        public T Get(string? name) => options;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
