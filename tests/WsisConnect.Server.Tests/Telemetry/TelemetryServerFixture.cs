using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Telemetry;

/// <summary>
/// A server of its own for the telemetry tests, with a scrape key and the Orleans dashboard on: its counters start
/// at zero and no other test's prize publishing or votes run on it.
/// </summary>
public sealed class TelemetryServerFixture : ForumServerFixture
{
    /// <summary>The key Prometheus would send.</summary>
    public const string ScrapeKey = "scrape-key-for-tests-0123456789";

    protected override Task<IReadOnlyDictionary<string, string>> PrepareAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Metrics:ScrapeKey"] = ScrapeKey,
            ["OrleansDashboard:Enabled"] = "true",
        });
}

/// <summary>
/// Tests that read their own server's metrics. They run alone, after the parallel collections: every test server lives
/// in this one process, and OpenTelemetry's meter listener counts each instrument named <c>WsisConnect</c> in the
/// process, so another collection's questions showed up in this server's scrape (4 asked, 14 counted).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryServerFixture>
{
    public const string Name = "telemetry";
}
