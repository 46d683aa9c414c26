using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrigadeBot.Hosting;

/// <summary>
/// The body of <c>/health</c>: one property per check, its description as value
/// (<c>{"storage":"ok","scheduler":"ok","slack":"connected"}</c>). A check without a description has nothing to
/// report (the Slack link over HTTP) and is left out. The status code is the platform's: 503 when one is unhealthy.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var details = report.Entries
            .Where(entry => entry.Value.Description is not null)
            .ToDictionary(entry => entry.Key, entry => entry.Value.Description!);
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(details), http.RequestAborted);
    }
}
