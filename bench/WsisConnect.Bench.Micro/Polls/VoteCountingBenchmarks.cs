using BenchmarkDotNet.Attributes;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Polls;

namespace WsisConnect.Bench.Micro.Polls;

/// <summary>
/// The pure-code part of a vote inside its partition grain (check the ballot, count it, serialise the stored form)
/// and of a push (sum the eight partitions into results), without Orleans or the store.
/// </summary>
public class VoteCountingBenchmarks
{
    private readonly PollDraft _draft = new("Which action line matters most to you?", PollKind.SingleChoice, ["C2", "C4", "C5", "C7"]);
    private readonly Ballot _ballot = new([2]);
    private PartitionTally _tally = null!;
    private PollDetails _poll = null!;
    private PollPartitionTally[] _partitions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tally = new PartitionTally(_draft);
        _poll = new PollDetails("s004.p1", "s004", _draft, PollStatus.Open, DateTimeOffset.UtcNow, null, false);
        _partitions = [.. Enumerable.Range(0, PollLimits.Shards).Select(p =>
        {
            var tally = new PartitionTally(_draft);
            for (var i = 0; i < 1_250; i++)
            {
                tally.Apply(new Ballot([i % 4]), i % 3 == 0 ? Participation.OnSite : Participation.Remote, 1);
            }
            return tally.ToReport(p, 1_000 + p, []);
        })];
    }

    [Benchmark]
    public Ballot ValidateBallot() => PollRules.Validate(_draft, _ballot);

    [Benchmark]
    public void CountBallot() => _tally.Apply(_ballot, Participation.Remote, 1);

    [Benchmark]
    public string SerializeStoredBallot() => new StoredBallot(_ballot, Participation.Remote).Serialize();

    [Benchmark]
    public PollResults SumEightPartitions() => PollSum.Of(_poll, _partitions, version: 1);
}
