using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WsisConnect.Bench.Micro.Infrastructure;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;

namespace WsisConnect.Bench.Micro.Grains;

/// <summary>
/// A vote through the grains, as the hub sends it: to the voter's partition grain, which validates, counts,
/// writes one hash field to the embedded Garnet (acknowledged once in its append-only log) and answers. Each
/// operation is a new voter. One vote alone shows the latency floor; a thousand at once show what the
/// partitions' group commit makes of a burst, per vote.
/// </summary>
public class VotePathBenchmarks
{
    private readonly Ballot _ballot = new([1]);
    private BenchCluster _cluster = null!;
    private IGrainFactory _grains = null!;
    private string _pollId = null!;
    private long _voters;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cluster = await BenchCluster.StartAsync();
        // The co-hosted silo's factory, as the server's hub uses it (no gateway hop).
        _grains = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
        var moderator = new Caller("micro-moderator", "Moderator", ForumRoles.Attendee | ForumRoles.Moderator, Participation.OnSite);
        var start = DateTimeOffset.UtcNow;
        await _grains.GetGrain<ISessionGrain>("micro1").PublishAsync(new SessionDetails(
            "micro1", "Micro-benchmark session", "", SessionFormat.InteractiveSession, "Room", start, start.AddHours(1),
            ["C2"], [9], null, [], [moderator.AttendeeId], QuestionMode.Open, SessionStatus.Live));
        var poll = await _grains.GetGrain<ISessionPollsGrain>("micro1").CreateAsync(moderator,
            new PollDraft("Which action line matters most to you?", PollKind.SingleChoice, ["C2", "C4", "C5", "C7"]));
        await _grains.GetGrain<IPollGrain>(poll.Id).OpenAsync(moderator);
        _pollId = poll.Id;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _cluster.DisposeAsync();

    [Benchmark]
    public Task<VoteReceipt> OneVote() => VoteAsNewVoter();

    [Benchmark(OperationsPerInvoke = 1_000)]
    public Task ThousandVotesAtOnce()
    {
        var votes = new Task[1_000];
        for (var i = 0; i < votes.Length; i++)
        {
            votes[i] = VoteAsNewVoter();
        }
        return Task.WhenAll(votes);
    }

    private Task<VoteReceipt> VoteAsNewVoter()
    {
        var id = "v" + Interlocked.Increment(ref _voters).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
        var caller = new Caller(id, "Voter", ForumRoles.Attendee, Participation.Remote);
        return _grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(_pollId, id).ToGrainKey()).VoteAsync(caller, _ballot);
    }
}
