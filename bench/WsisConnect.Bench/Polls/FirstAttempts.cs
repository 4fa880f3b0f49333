using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Polls;

/// <summary>
/// The votes' first attempts alone, before the tool's retries: the server's raw answer under the load.
/// </summary>
/// <param name="Acked">Votes acknowledged at the first attempt.</param>
/// <param name="Errors">First attempts not acknowledged, by error code (<c>connection.lost</c>: the connection dropped or was not open; <c>unanswered</c>: no answer at all by the end).</param>
/// <param name="VotesPerSecond">First-attempt acknowledgements over the time from the first vote sent to the last of them.</param>
/// <param name="Ack">Latency of the first-attempt acknowledgements.</param>
/// <param name="VotesRetried">Votes sent more than once (same operation id).</param>
/// <param name="Retries">Attempts after the first, in all.</param>
public sealed record FirstAttempts(int Acked, IReadOnlyDictionary<string, int> Errors, double VotesPerSecond, LatencySummary Ack, int VotesRetried, int Retries);
