namespace WsisConnect.Bench.Prizes;

/// <summary>The prize scenario's figures and how they were taken: WsisConnect and, unless skipped, the baseline in the same run.</summary>
/// <param name="Result">WsisConnect's run.</param>
/// <param name="Baseline">The baseline's run (bench/WsisConnect.Bench.Baseline), or null with <c>--no-baseline</c>.</param>
/// <param name="Ratios">WsisConnect over the baseline, or null without one.</param>
public sealed record PrizesReport(
    DateTimeOffset GeneratedAt,
    string Command,
    Measurement.MachineInfo Machine,
    int HttpConcurrency,
    int RegisterConcurrency,
    int Seed,
    PrizeRunResult Result,
    PrizeRunResult? Baseline = null,
    PrizeRatios? Ratios = null);
