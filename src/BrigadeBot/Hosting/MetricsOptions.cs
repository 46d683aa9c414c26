namespace BrigadeBot.Hosting;

/// <summary>The <c>Metrics</c> section: <c>GET /metrics</c> in Prometheus text format, off unless enabled.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serves <c>/metrics</c>; when false nothing listens to the meters and the path answers 404.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// When set, a scraper must send <c>Authorization: Bearer &lt;token&gt;</c> (from anywhere); when empty, only callers on
    /// the loopback interface are served.
    /// </summary>
    public string BearerToken { get; set; } = "";

    public bool HasBearerToken => !string.IsNullOrWhiteSpace(BearerToken);
}
