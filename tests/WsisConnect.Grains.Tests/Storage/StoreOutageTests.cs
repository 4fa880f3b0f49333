using System.Diagnostics;
using StackExchange.Redis;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Errors;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Storage;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Storage;

/// <summary>
/// No stuck state: a store that hangs for longer than the client's timeouts while people vote fails those calls
/// with a typed, retryable error, and once it answers again the poll reads and takes votes at once, with counts
/// that are the store's own.
/// </summary>
public sealed class StoreOutageTests(PausableRedisClusterFixture fixture) : IClassFixture<PausableRedisClusterFixture>
{
    /// <summary>Longer than the client timeout (1 s) plus the client's timeout check (its 1 s heartbeat).</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(4);

    /// <summary>How soon after the store answers again everything must work.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(30);

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task AfterTheStoreHangsDuringVotingThePollReadsAndTakesVotesAgainWithinFiveSeconds()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var created = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, new PollDraft("Priority?", PollKind.SingleChoice, ["a", "b", "c"]));
        var poll = Grains.GetGrain<IPollGrain>(created.Id);
        await poll.OpenAsync(moderator);
        var before = Enumerable.Range(0, 40).Select(i => Person($"Before {i}")).ToList();
        await Task.WhenAll(before.Select((v, i) => Vote(created.Id, v, new Ballot([i % 3])))).WaitAsync(CallBound);

        var during = Enumerable.Range(0, 40).Select(i => Person($"During {i}")).ToList();
        var paused = Stopwatch.StartNew();
        fixture.Redis.Pause();
        Exception?[] failures;
        Exception? moderatorFailure;
        try
        {
            failures = await Task.WhenAll(during.Select(v => Record.ExceptionAsync(() => Vote(created.Id, v, new Ballot([2]))))).WaitAsync(CallBound);
            moderatorFailure = await Record.ExceptionAsync(() => poll.ShowResultsAsync(moderator)).WaitAsync(CallBound);
            var left = Pause - paused.Elapsed;
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
        }
        finally
        {
            fixture.Redis.Resume();
        }

        // Every call that needed the store failed, and as a store fault that crossed to the client intact.
        Assert.All(failures, AssertStoreFault);
        AssertStoreFault(moderatorFailure);

        // Within five seconds of the store's return: the poll reads, takes a new vote, and takes a retried one.
        var resumed = Stopwatch.StartNew();
        var newcomer = Person("After");
        await Eventually(resumed, async () =>
        {
            await poll.GetAsync(moderator);
            await Vote(created.Id, newcomer, new Ballot([1]));
        });
        await Eventually(resumed, () => poll.ShowResultsAsync(moderator));
        await Eventually(resumed, () => Task.WhenAll(during.Select(v => Vote(created.Id, v, new Ballot([0])))));
        Assert.True(resumed.Elapsed < Recovery, $"Recovery took {resumed.Elapsed}.");

        // What the poll reports is what the store holds: no vote counted twice, none lost.
        var view = await poll.GetAsync(moderator).WaitAsync(CallBound);
        Assert.True(view.Poll.ResultsShown);
        Assert.Equal(before.Count + during.Count + 1, view.Results!.Voters);
        Assert.Equal(view.Results.Voters, await StoredVotersAsync(created.Id));
        Assert.Equal([before.Count(v => before.IndexOf(v) % 3 == 0) + during.Count, 1 + before.Count(v => before.IndexOf(v) % 3 == 1), before.Count(v => before.IndexOf(v) % 3 == 2)],
            view.Results.Options.Select(o => o.OnSite + o.Remote));
        Assert.Single(await Grains.GetGrain<ISessionPollsGrain>(session.Id).ListAsync(moderator).WaitAsync(CallBound));
    }

    [Fact]
    public async Task VotesCaughtInAStoreStallAreStoredOnlyAsAcknowledgedAndRetriesWithTheirOperationCountOnce()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var created = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, new PollDraft("Priority?", PollKind.SingleChoice, ["a", "b"]));
        var poll = Grains.GetGrain<IPollGrain>(created.Id);
        await poll.OpenAsync(moderator);
        var voters = Enumerable.Range(0, 60).Select(i => (Voter: Person($"Voter {i}"), Operation: OperationKeys.For($"v{i}", Guid.NewGuid().ToString("N")))).ToList();

        // The store stops in the middle of the batch: some votes are stored and answered, some are stored and not
        // answered (the reply was lost), some never reach it.
        var votes = voters.Select(async (v, i) =>
        {
            await Task.Delay(i * 2);
            return await Record.ExceptionAsync(() => VoteAs(v.Operation, created.Id, v.Voter, new Ballot([0])));
        }).ToList();
        await Task.Delay(40);
        fixture.Redis.Pause();
        Exception?[] outcomes;
        try
        {
            outcomes = await Task.WhenAll(votes).WaitAsync(CallBound);
        }
        finally
        {
            fixture.Redis.Resume();
        }
        Assert.All(outcomes.Where(o => o is not null), AssertStoreFault);
        var acknowledged = outcomes.Count(o => o is null);
        Assert.InRange(acknowledged, 1, voters.Count - 1);

        // What is stored is what was acknowledged, or a vote whose client was told its outcome is unknown.
        var resumed = Stopwatch.StartNew();
        await Eventually(resumed, () => poll.GetAsync(moderator));
        var stored = await StoredVotersAsync(created.Id);
        Assert.InRange(stored, acknowledged, voters.Count);

        // Every client retries with its operation: each vote counts once, whether or not its first attempt landed.
        foreach (var (voter, operation) in voters)
        {
            await Eventually(resumed, () => VoteAs(operation, created.Id, voter, new Ballot([1])));
        }
        var results = (await poll.GetAsync(moderator).WaitAsync(CallBound)).Results!;
        Assert.Equal(voters.Count, results.Voters);
        Assert.Equal(voters.Count, await StoredVotersAsync(created.Id));
        Assert.Equal(voters.Count, results.Options[0].OnSite + results.Options[0].Remote);
    }

    [Fact]
    public async Task AWriteThatTimedOutIsNotRethrownToWhoeverWaitsForTheQueueLater()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.ConnectionString);
        var writer = new BatchedHashWriter(redis.GetDatabase(), $"{fixture.ServiceId}:writer-test");
        fixture.Redis.Pause();
        Exception? failure;
        try
        {
            failure = await Record.ExceptionAsync(() => writer.WriteAsync("during", "1")).WaitAsync(CallBound);
        }
        finally
        {
            fixture.Redis.Resume();
        }

        // A timeout is not a RedisException: it must not stay cached and fail every later wait for the queue.
        Assert.IsType<RedisTimeoutException>(failure);
        await writer.WhenFlushedAsync().WaitAsync(CallBound);
        await writer.WriteAsync("after", "2").WaitAsync(CallBound);
        await writer.WhenFlushedAsync().WaitAsync(CallBound);
    }

    private Task<VoteReceipt> VoteAs(string operation, string pollId, Caller voter, Ballot ballot) =>
        CurrentOperation.RunAsync(operation, () => Vote(pollId, voter, ballot));

    private Task<VoteReceipt> Vote(string pollId, Caller voter, Ballot ballot) =>
        Grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(pollId, voter.AttendeeId).ToGrainKey()).VoteAsync(voter, ballot);

    private static void AssertStoreFault(Exception? failure)
    {
        Assert.NotNull(failure);
        Assert.True(failure is StoreUnavailableException || StoreFaultFilter.IsStoreFault(failure),
            $"Expected a typed store fault, got {failure.GetType().Name}: {failure.Message}");
    }

    /// <summary>Retries <paramref name="action"/> until it succeeds, failing once <see cref="Recovery"/> has passed since the store came back.</summary>
    private static async Task Eventually(Stopwatch sinceResume, Func<Task> action)
    {
        while (true)
        {
            try
            {
                await action().WaitAsync(CallBound);
                return;
            }
            catch (Exception ex) when (sinceResume.Elapsed < Recovery)
            {
                Assert.True(ex is StoreUnavailableException || StoreFaultFilter.IsStoreFault(ex), $"Not a store fault: {ex}");
                await Task.Delay(100);
            }
        }
    }

    private async Task<long> StoredVotersAsync(string pollId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.ConnectionString);
        var db = redis.GetDatabase();
        long voters = 0;
        for (var partition = 0; partition < PollLimits.Shards; partition++)
        {
            voters += await db.HashLengthAsync($"{fixture.ServiceId}:poll:{{{pollId}}}:{partition}");
        }
        return voters;
    }
}
