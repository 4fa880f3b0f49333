namespace WsisConnect.Contracts.Monitoring;

/// <summary>What one node tells the monitoring grain each second.</summary>
/// <param name="Health">Its connections, calls and store round trip.</param>
/// <param name="OnSite">Its connections of people on site.</param>
/// <param name="Remote">Its connections of remote people.</param>
/// <param name="Countries">Its connections by country.</param>
/// <param name="Watchers">Its connections watching the operations dashboard.</param>
/// <param name="Activity">Questions and votes per session since its last report.</param>
[GenerateSerializer, Immutable, Alias("wsis.NodeReport")]
public sealed record NodeReport(
    [property: Id(0)] NodePulse Health,
    [property: Id(1)] int OnSite,
    [property: Id(2)] int Remote,
    [property: Id(3)] CountryConnections[] Countries,
    [property: Id(4)] int Watchers,
    [property: Id(5)] SessionActivityCount[] Activity);
