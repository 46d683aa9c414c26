using System.Text;

namespace BrigadeBot.Features.Privacy;

public static partial class PrivacyInventory
{
    public const string DocStart = "<!-- inventory:start (generated from PrivacyInventory.cs, do not edit) -->";
    public const string DocEnd = "<!-- inventory:end -->";

    /// <summary>The inventory as the Markdown section of docs/privacy.md.</summary>
    public static string Markdown()
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
