using System.Text;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// THE data inventory (Loi 25): every collection of the database, as each feature describes it next to its store, in
/// registration order. A test fails when a collection or a document property is missing, and docs/privacy.md carries
/// <see cref="Markdown"/>.
/// </summary>
public sealed class PrivacyInventory(IEnumerable<PersonalDataCollection> collections)
{
    public const string DocStart = "<!-- inventory:start (generated from the features' personal data descriptions, do not edit) -->";
    public const string DocEnd = "<!-- inventory:end -->";

    public IReadOnlyList<PersonalDataCollection> Collections { get; } = collections.ToList();

    /// <summary>The inventory as the Markdown section of docs/privacy.md.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.Append(DocStart).Append('\n');
        foreach (var collection in Collections)
        {
            text.Append($"\n### `{collection.Name}`\n\n");
            text.Append($"- **Finalité** : {collection.Purpose}\n");
            text.Append($"- **Qui le voit** : {collection.Audience}\n");
            text.Append($"- **Conservation** : {collection.Retention}\n\n");
            text.Append("| champ | contenu | exporté |\n|---|---|---|\n");
            foreach (var field in collection.Fields)
                text.Append($"| `{field.Name}` | {field.Content} | {(field.Exported ? "oui" : "non")} |\n");
        }
        text.Append('\n').Append(DocEnd).Append('\n');
        return text.ToString();
    }
}
