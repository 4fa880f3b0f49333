namespace WsisConnect.Bench.Polls;

/// <summary>WsisConnect over the baseline; null where either figure is missing.</summary>
/// <param name="Throughput">Votes/s, ours / baseline (higher is better for us).</param>
/// <param name="P99">p99 acknowledgement, ours / baseline (lower is better for us).</param>
/// <param name="Memory">Memory per connection, ours / baseline (lower is better for us).</param>
public sealed record PollRatios(double? Throughput, double? P99, double? Memory);
