using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrigadeBot.Hosting;

/// <summary>
/// The body of <c>/health</c>: one property per check, its description as value
/// (<c>{"storage":"ok","scheduler":"ok","slack":"connected"}</c>). A check without a description has nothing to
/// report (the Slack link over HTTP) and is left out. The status code is the platform's: 503 when one is unhealthy.
/// Written property by property: the serializer's reflection would be set up for this one small object at start.
/// </summary>
public static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            foreach (var (name, entry) in report.Entries)
                if (entry.Description is { } description) json.WriteString(name, description);
            json.WriteEndObject();
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted);
    }
}
