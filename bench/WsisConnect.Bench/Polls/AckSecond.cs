using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Polls;

/// <summary>Acknowledgement latency of the votes due in one second of the voting window.</summary>
public sealed record AckSecond(int Second, LatencySummary Ack);
