namespace WsisConnect.Bench.Prizes;

/// <summary>The prize scenario's figures and how they were taken.</summary>
public sealed record PrizesReport(
    DateTimeOffset GeneratedAt,
    string Command,
    Measurement.MachineInfo Machine,
    int HttpConcurrency,
    int RegisterConcurrency,
    int Seed,
    PrizeRunResult Result);
