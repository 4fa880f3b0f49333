namespace WsisConnect.Bench.Measurement;

/// <summary>CPU over a phase: 100 means one core fully busy (the machine has <see cref="Environment.ProcessorCount"/>).</summary>
/// <param name="ServerPercent">The server process; null when its pid is unknown.</param>
/// <param name="LoadToolPercent">This tool, which plays every client.</param>
/// <param name="OthersPercent">Every other process on the machine (another build or test run would show here).</param>
/// <param name="LoadToolGcPauseMs">Time this tool spent paused by its own garbage collector.</param>
public sealed record CpuUse(double WallSeconds, double? ServerPercent, double LoadToolPercent, double? OthersPercent, double LoadToolGcPauseMs);
