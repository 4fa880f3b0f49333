using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Identity;
using WsisConnect.Testing;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// Three nodes on one password-protected redis-server behind a round-robin load balancer: SIGKILL the node a client
/// is connected to, and the client's own reconnect lands on a survivor where its writes work again.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ThreeNodeFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan FailoverBound = TimeSpan.FromSeconds(60);
    private LocalCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await LocalCluster.StartAsync(nodeCount: 3, demo: true);

    public async Task DisposeAsync()
    {
        for (var i = 0; i < _cluster.Nodes.Count; i++)
        {
            output.WriteLine($"node {i}:\n{_cluster.Nodes[i].RecentOutput}");
        }
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task AClientOfAKilledNodeWritesAgainThroughASurvivor()
    {
        string token;
        using (var http = new HttpClient { BaseAddress = _cluster.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            token = (await new ForumApiClient(http).SignInAsync(DemoPeople.Remote)).Token;
        }
        await using var live = await LiveConnection.ConnectAsync(_cluster.BaseAddress, token);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        live.Connection.Reconnected += _ => { reconnected.TrySetResult(); return Task.CompletedTask; };
        await live.AskQuestion(DemoPeople.OpenSession, "Asked before the node died", anonymous: false);

        // The only connection through the proxy now is the client's WebSocket: its node is the one to kill.
        var port = _cluster.Proxy.OpenConnections.Single(c => c.Value > 0).Key;
        var victim = _cluster.Nodes.Single(n => n.HttpPort == port);
        victim.KillHard();

        await reconnected.Task.WaitAsync(FailoverBound);
        var asked = await WriteUntilAcceptedAsync(() => live.AskQuestion(DemoPeople.OpenSession, "Asked after the node died", anonymous: false));
        var survivor = _cluster.Nodes.First(n => n != victim);
        var api = new ForumApiClient(new HttpClient { BaseAddress = survivor.BaseAddress, Timeout = TimeSpan.FromSeconds(30) }) { Token = token };
        var queue = await api.GetQuestionsAsync(DemoPeople.OpenSession);
        Assert.Contains(queue.Questions, q => q.Id == asked.Id && q.Text == "Asked after the node died");
        Assert.Contains(queue.Questions, q => q.Text == "Asked before the node died");
        Assert.Equal(Participation.Remote, queue.Questions.Single(q => q.Id == asked.Id).Origin);
    }

    // Until the cluster has declared the node dead, a call reaching a grain that lived there fails; the client retries,
    // as the PWA does. The bound only keeps a broken failover from hanging the run.
    private static async Task<T> WriteUntilAcceptedAsync<T>(Func<Task<T>> write)
    {
        using var deadline = new CancellationTokenSource(FailoverBound);
        while (true)
        {
            try
            {
                return await write().WaitAsync(TimeSpan.FromSeconds(15), deadline.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !deadline.IsCancellationRequested)
            {
                await Task.Delay(250, deadline.Token);
            }
        }
    }
}
