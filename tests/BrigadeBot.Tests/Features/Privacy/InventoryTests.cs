using System.Collections;
using System.Reflection;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class InventoryTests
{
    [Fact]
    public async Task Every_collection_of_the_database_is_in_the_inventory_and_every_inventoried_one_exists()
    {
        await using var host = await BrigadeHost.StartAsync();

        var names = await host.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollectionNames().ToList());

        Assert.Equal(PrivacyInventory.Collections.Select(c => c.Name).Order(), names.Order());
    }

    [Fact]
    public void Every_persisted_property_of_every_document_is_in_the_inventory()
    {
        foreach (var collection in PrivacyInventory.Collections)
        {
            var persisted = PersistedFields(collection.Document, "").Order().ToList();
            var listed = collection.Fields.Select(f => f.Name).Order().ToList();
            Assert.True(persisted.SequenceEqual(listed),
                $"{collection.Name}: missing from the inventory [{string.Join(", ", persisted.Except(listed))}], "
                + $"listed but not persisted [{string.Join(", ", listed.Except(persisted))}]");
            Assert.All(collection.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Content), $"{collection.Name}.{f.Name}"));
        }
    }

    [Fact]
    public void Docs_privacy_md_carries_the_inventory_as_generated()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "privacy.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(PrivacyInventory.DocStart, StringComparison.Ordinal);
        var end = doc.IndexOf(PrivacyInventory.DocEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/privacy.md lost its inventory markers");
        var current = doc[start..(end + PrivacyInventory.DocEnd.Length + 1)];
        if (Environment.GetEnvironmentVariable("UPDATE_PRIVACY_DOC") == "1" && current != PrivacyInventory.Markdown())
            File.WriteAllText(path, doc.Replace(current, PrivacyInventory.Markdown()));
        else
            Assert.True(current == PrivacyInventory.Markdown(),
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

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BrigadeBot.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
