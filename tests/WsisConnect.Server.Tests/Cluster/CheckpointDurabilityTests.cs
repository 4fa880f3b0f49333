using StackExchange.Redis;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Questions;
using WsisConnect.Storage;
using WsisConnect.Testing;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// A checkpoint truncates the embedded store's append-only log; what was acknowledged before it (now only in the
/// checkpoint) and after it (only in the log) must both survive a SIGKILL right after, and nothing the log still
/// holds from before the checkpoint may be applied twice.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class CheckpointDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task EverythingAcknowledgedAroundACheckpointIsThereOnceAfterAHardKill()
    {
        var options = new ServerProcessOptions { DataDirectory = _data.Path, DemoEnabled = true, ServiceId = "checkpoint" };
        var server = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        string remoteToken;
        QuestionQueueSnapshot before;
        var counter = (RedisKey)"checkpoint-test:counter";
        try
        {
            await using var remote = await SignedIn.OnAsync(server, server, DemoPeople.Remote);
            await using var onSite = await SignedIn.OnAsync(server, server, DemoPeople.OnSite);
            remoteToken = remote.Token;
            var session = DemoPeople.OpenSession;
            var first = await remote.Live.AskQuestion(session, "Asked before the checkpoint", anonymous: false);
            await onSite.Live.Upvote(session, first.Id);

            // The test reads the password as the server's owner could; SAVE is a foreground checkpoint.
            var password = (await File.ReadAllTextAsync(Path.Combine(_data.Path, StorePassword.FileName))).Trim();
            await using var store = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.EmbeddedStorePort},allowAdmin=true,password={password}");
            var db = store.GetDatabase();
            for (var i = 0; i < 5; i++)
            {
                await db.StringIncrementAsync(counter);
            }
            var aofBefore = AppendOnlyLogSize();
            // SAVE answers once the checkpoint is complete (and the log truncated); BGSAVE would not wait.
            await db.ExecuteAsync("SAVE").WaitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"append-only log {aofBefore} bytes before the checkpoint, {AppendOnlyLogSize()} after");
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_data.Path, "Store", "checkpoints"), "*", SearchOption.AllDirectories));

            for (var i = 0; i < 3; i++)
            {
                await db.StringIncrementAsync(counter);
            }
            var second = await onSite.Live.AskQuestion(session, "Asked after the checkpoint", anonymous: true);
            await remote.Live.Upvote(session, second.Id);
            await onSite.Live.WithdrawUpvote(session, first.Id);
            before = await remote.Api.GetQuestionsAsync(session);
            // The last acknowledged write (an upvote given again after it was withdrawn); the process dies right after it.
            await onSite.Live.Upvote(session, first.Id);
            server.KillHard();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        await using var restarted = server;
        restarted.Start();
        await restarted.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var api = new ForumApiClient(new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromSeconds(30) }) { Token = remoteToken };
        var after = await api.GetQuestionsAsync(DemoPeople.OpenSession);
        var expected = before.Questions.OrderBy(q => q.Id).Select(q => (q.Id, q.Text, q.Upvotes + (q.Text == "Asked before the checkpoint" ? 1 : 0))).ToList();
        Assert.Equal(expected, after.Questions.OrderBy(q => q.Id).Select(q => (q.Id, q.Text, q.Upvotes)));
        var password2 = (await File.ReadAllTextAsync(Path.Combine(_data.Path, StorePassword.FileName))).Trim();
        await using var reopened = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{restarted.EmbeddedStorePort},password={password2}");
        Assert.Equal(8, (long)await reopened.GetDatabase().StringGetAsync(counter));
    }

    private long AppendOnlyLogSize() =>
        new DirectoryInfo(Path.Combine(_data.Path, "AOF")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
