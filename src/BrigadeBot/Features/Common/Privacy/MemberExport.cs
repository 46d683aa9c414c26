using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// The member's export (<c>brigade.member-export/1</c>): one JSON document, UTF-8, dates ISO-8601 with the Brigade zone's
/// offset. Stores fill its sections; a section no store fills stays an empty array, so the shape never changes.
/// </summary>
public sealed class MemberExport
{
    public const string Schema = "brigade.member-export/1";
    public static readonly string[] Sections = ["bookings", "consents", "proposals", "votes", "registrations", "event_registrations", "survey_answers", "session_recaps"];

    private readonly BrigadeTimeZone zone;
    private readonly List<ExportFile> files = [];

    public MemberExport(string memberId, BrigadeTimeZone zone)
    {
        this.zone = zone;
        MemberId = memberId;
        Root = new JsonObject
        {
            ["schema"] = Schema,
            ["generated_at"] = Date(zone.Now.UtcDateTime),
            ["member"] = memberId,
            ["profile"] = null,
        };
        foreach (var section in Sections) Root[section] = new JsonArray();
    }

    public string MemberId { get; }
    public JsonObject Root { get; }

    /// <summary>Appends an item to a list section (created when a later feature brings a new one).</summary>
    public void Add(string section, JsonObject item)
    {
        if (Root[section] is not JsonArray list) Root[section] = list = new JsonArray();
        list.Add((JsonNode)item); // the node overload: the generic one wraps values by reflection
    }

    /// <summary>Documents delivered with the JSON file, each drawn at delivery.</summary>
    public IReadOnlyList<ExportFile> Files => files;

    public void Attach(ExportFile file) => files.Add(file);

    /// <summary>Sets a single-value section (« profile »).</summary>
    public void Set(string section, JsonObject value) => Root[section] = value;

    public int Count(string section) => Root[section] is JsonArray list ? list.Count : Root[section] is null ? 0 : 1;

    /// <summary>« 2026-12-02T14:00:00-05:00 »: the instant in the Brigade zone, with its offset.</summary>
    public string Date(DateTime utc) =>
        zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string? Date(DateTime? utc) => utc is { } value ? Date(value) : null;

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(Root.ToJsonString(Options));

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // accents stay readable; the file is not HTML
    };
}
