using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WsisConnect.Client;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Bench.Micro.Client;

/// <summary>
/// The JSON of the two pushes every connected client gets while a poll runs: writing one (done once per push by
/// the server) and reading one (done by every client for every push).
/// </summary>
public class HubPayloadBenchmarks
{
    private readonly PollResults _results = new("s004.p1", 1_732_000_000_000_123, 1_234, 8_766,
        [new(300, 2_100), new(400, 2_666), new(234, 2_000), new(300, 2_000)], [], []);

    private readonly LeaderboardTop _top = new([.. Enumerable.Range(1, 10).Select(i => new LeaderboardEntry(i, $"r{i:x12}", $"Participant number {i}", 100 - i))], 42);

    private byte[] _resultsJson = null!;
    private byte[] _topJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _resultsJson = JsonSerializer.SerializeToUtf8Bytes(_results, ForumJson.Options);
        _topJson = JsonSerializer.SerializeToUtf8Bytes(_top, ForumJson.Options);
    }

    [Benchmark]
    public byte[] WritePollResults() => JsonSerializer.SerializeToUtf8Bytes(_results, ForumJson.Options);

    [Benchmark]
    public PollResults? ReadPollResults() => JsonSerializer.Deserialize<PollResults>(_resultsJson, ForumJson.Options);

    [Benchmark]
    public byte[] WriteLeaderboardTop() => JsonSerializer.SerializeToUtf8Bytes(_top, ForumJson.Options);

    [Benchmark]
    public LeaderboardTop? ReadLeaderboardTop() => JsonSerializer.Deserialize<LeaderboardTop>(_topJson, ForumJson.Options);
}
