namespace WsisConnect.Server.Telemetry;

/// <summary>The Prometheus scrape endpoint (section <c>Metrics</c>).</summary>
public sealed class MetricsOptions
{
    /// <summary>Where Prometheus scrapes this node.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// A secret Prometheus sends as <c>Authorization: Bearer &lt;key&gt;</c> (its <c>authorization.credentials_file</c>).
    /// Empty: only a signed-in organiser may read the endpoint.
    /// </summary>
    public string ScrapeKey { get; set; } = "";
}
