using BenchmarkDotNet.Attributes;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Bench.Micro.Polls;

/// <summary>The hub's routing of a vote to its voter's partition: a hash and a grain key, on every vote.</summary>
public class PartitionKeyBenchmarks
{
    private const string PollId = "s004.p1";
    private const string AttendeeId = "r1a2b3c4d5e6f";

    [Benchmark]
    public PollPartitionKey PartitionOfVoter() => PollPartitionKey.For(PollId, AttendeeId);

    [Benchmark]
    public string PartitionGrainKey() => PollPartitionKey.For(PollId, AttendeeId).ToGrainKey();

    [Benchmark]
    public PollPartitionKey ParseGrainKey() => PollPartitionKey.Parse("s004.p1#5");
}
