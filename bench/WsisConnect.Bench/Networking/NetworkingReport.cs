using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Networking;

/// <summary>One networking scenario's run, with the machine and the command, as results.json keeps it.</summary>
public sealed record NetworkingReport<T>(DateTimeOffset MeasuredAt, string CommandLine, MachineInfo Machine, int Seed, T Result);
