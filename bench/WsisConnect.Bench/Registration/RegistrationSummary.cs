namespace WsisConnect.Bench.Registration;

/// <summary>How a registration phase went.</summary>
/// <param name="RetriedFailures">Transient failures that were retried, by kind.</param>
public sealed record RegistrationSummary(int Count, double Seconds, double PerSecond, int Retries, IReadOnlyDictionary<string, int> RetriedFailures);
