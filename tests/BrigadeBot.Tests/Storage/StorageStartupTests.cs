using Brigade.Slack.Testing;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Storage;

public sealed class StorageStartupTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private sealed class NotesStore : IStoreSetup
    {
        public void EnsureIndexes(ILiteDatabase db) => db.GetCollection("notes").EnsureIndex("author", "$.author");
    }

    [Fact]
    public async Task Collections_and_indexes_exist_once_the_host_has_started()
    {
        using var host = TestHost.Build(temp.DatabasePath, services: s => s.AddStore<NotesStore>());
        await host.StartAsync();

        var database = host.Services.GetRequiredService<BrigadeDatabase>();
        var indexes = await database.ReadAsync(db => db.GetCollection("$indexes").FindAll()
            .Select(i => $"{i["collection"].AsString}.{i["expression"].AsString}").ToList());
        Assert.Contains("seen_events.$.ReceivedAt", indexes);
        Assert.Contains("notes.$.author", indexes);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_taken_lock_stops_the_start()
    {
        using var other = TestDatabase.Open(temp.DatabasePath);
        using var host = TestHost.Build(temp.DatabasePath);

        await Assert.ThrowsAsync<DatabaseLockedException>(() => host.StartAsync());
    }

    private sealed class ListeningProbe(IServer server) : IStoreSetup
    {
        public int? AddressesAtSetup { get; private set; }

        public void EnsureIndexes(ILiteDatabase db) =>
            AddressesAtSetup = server.Features.Get<IServerAddressesFeature>()!.Addresses.Count;
    }

    [Fact]
    public async Task Stores_are_set_up_before_the_web_server_listens()
    {
        var builder = LoopbackServer.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Configuration["Storage:DatabasePath"] = temp.DatabasePath;
        builder.Services.AddBrigadeStorage(builder.Configuration);
        builder.Services.AddStore<ListeningProbe>();
        await using var app = builder.Build();

        await app.StartAsync();

        // Kestrel fills its addresses when it binds; the setup ran while there were none.
        Assert.Equal(0, app.Services.GetRequiredService<ListeningProbe>().AddressesAtSetup);
        Assert.NotEmpty(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses);
        await app.StopAsync();
    }
}
