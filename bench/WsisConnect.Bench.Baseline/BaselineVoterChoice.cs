namespace WsisConnect.Bench.Baseline;

/// <summary>What a voter chose in a category, and under which <c>Idempotency-Key</c> (so a retry gets its receipt).</summary>
public readonly record struct BaselineVoterChoice(string NomineeId, string? OperationId);
