namespace WsisConnect.Contracts.Monitoring;

/// <summary>
/// The forum's live operations picture, one per cluster (key <c>ForumKeys.Forum</c>): every node reports to it each
/// second; while anyone watches, it computes one <see cref="ForumPulse"/> a second and pushes it to the watchers' group.
/// </summary>
public interface IMonitoringGrain : IGrainWithStringKey
{
    /// <summary>Takes a node's report.</summary>
    Task ReportAsync(NodeReport report);

    /// <summary>The latest pulse, computed at most once a second however many ask.</summary>
    Task<ForumPulse> GetAsync();
}
