using WsisConnect.Chaos;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// The faults a forum meets, at once: three nodes on one redis-server behind a load balancer, people asking, upvoting,
/// voting in a small and a big poll and messaging all the while; a node SIGKILLed and restarted twice, the store paused
/// for 12 s. Afterwards nothing acknowledged is lost, nothing is counted twice, and every client holds the true state.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task UnderNodeKillsAndAStoreStallNoAcknowledgedWriteIsLostOrDoubledAndEveryClientEndsAtTheTruth()
    {
        var plan = ChaosPlan.Standard(TimeSpan.FromSeconds(100), people: 12);
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(8));

        var report = await ChaosRun.RunAsync(plan, output.WriteLine, bound.Token);

        output.WriteLine(report.ToMarkdown());
        Assert.Empty(report.Violations);
        Assert.Empty(report.Unknown);
        Assert.Empty(report.Refused);
        Assert.True(report.Acknowledged > 200, $"Only {report.Acknowledged} writes were acknowledged: the load did not run.");
    }
}
