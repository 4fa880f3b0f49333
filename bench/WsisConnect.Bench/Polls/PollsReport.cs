using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Polls;

/// <summary>The poll scenario's figures for every size, and how they were taken.</summary>
public sealed record PollsReport(
    DateTimeOffset GeneratedAt,
    string Command,
    MachineInfo Machine,
    double VoteWindowSeconds,
    int ConnectBatch,
    int Seed,
    IReadOnlyList<PollSizeResult> Sizes);
