using System.Collections;
using System.Reflection;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class InventoryTests : IAsyncLifetime
{
    private BrigadeHost host = null!;
    private PrivacyInventory inventory = null!;

    public async Task InitializeAsync()
    {
        host = await BrigadeHost.StartAsync();
        inventory = host.Services.GetRequiredService<PrivacyInventory>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_collection_of_the_database_is_in_the_inventory_and_every_inventoried_one_exists()
    {
        var names = await host.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollectionNames().ToList());

        Assert.Equal(inventory.Collections.Select(c => c.Name).Order(), names.Order());
    }

    [Fact]
    public void Every_persisted_property_of_every_document_is_in_the_inventory()
    {
        foreach (var collection in inventory.Collections) AssertDescribesEveryPersistedField(collection);
    }

    /// <summary>The description lists exactly what LiteDB stores of the collection's document, each with its content.</summary>
    internal static void AssertDescribesEveryPersistedField(PersonalDataCollection collection)
    {
        var persisted = PersistedFields(collection.Document, "").Order().ToList();
        var listed = collection.Fields.Select(f => f.Name).Order().ToList();
        Assert.True(persisted.SequenceEqual(listed),
            $"{collection.Name}: missing from the inventory [{string.Join(", ", persisted.Except(listed))}], "
            + $"listed but not persisted [{string.Join(", ", listed.Except(persisted))}]");
        Assert.All(collection.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Content), $"{collection.Name}.{f.Name}"));
    }

    [Fact]
    public void Collections_are_described_once_and_every_retention_kind_has_one_default()
    {
        Assert.Equal(inventory.Collections.Select(c => c.Name).Distinct().Count(), inventory.Collections.Count);
        var kinds = inventory.Collections.Select(c => c.Kind).OfType<RetentionKind>().ToList();
        Assert.All(kinds.GroupBy(k => k.Name), same => Assert.Single(same.Distinct()));
    }

    [Fact]
    public void Docs_privacy_md_carries_the_inventory_as_generated()
    {
        var path = Path.Combine(Repository.Root, "docs", "privacy.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(PrivacyInventory.DocStart, StringComparison.Ordinal);
        var end = doc.IndexOf(PrivacyInventory.DocEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/privacy.md lost its inventory markers");
        var current = doc[start..(end + PrivacyInventory.DocEnd.Length + 1)];
        if (Environment.GetEnvironmentVariable("UPDATE_PRIVACY_DOC") == "1" && current != inventory.Markdown())
            File.WriteAllText(path, doc.Replace(current, inventory.Markdown()));
        else
            Assert.True(current == inventory.Markdown(),
                "docs/privacy.md is out of date: run the tests once with UPDATE_PRIVACY_DOC=1 to regenerate its inventory section.");
    }

    /// <summary>What LiteDB stores of a type: public read-write properties not ignored, nested documents and lists as « Name[].Field ».</summary>
    private static IEnumerable<string> PersistedFields(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite || property.GetCustomAttribute<BsonIgnoreAttribute>() is not null) continue;
            var name = prefix + property.Name;
            yield return name;
            var item = property.PropertyType.IsGenericType && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                ? property.PropertyType.GetGenericArguments()[0]
                : null;
            var nested = item ?? property.PropertyType;
            if (nested.IsClass && nested != typeof(string) && nested.Namespace?.StartsWith("BrigadeBot", StringComparison.Ordinal) == true)
                foreach (var field in PersistedFields(nested, name + (item is null ? "." : "[].")))
                    yield return field;
        }
    }
}
