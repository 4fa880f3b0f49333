using WsisConnect.Contracts.Polls;

namespace WsisConnect.Bench.Polls;

/// <summary>Results a client received, and the Stopwatch timestamp from which their voter total was unchanged.</summary>
internal sealed record ResultsSeen(PollResults Results, long Since);
