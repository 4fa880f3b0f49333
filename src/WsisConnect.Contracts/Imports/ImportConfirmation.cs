namespace WsisConnect.Contracts.Imports;

/// <summary>Confirms an import's preview.</summary>
/// <param name="SkipInvalid">Apply the good rows and leave the bad ones out; without it, an import with errors is refused.</param>
public sealed record ImportConfirmation(bool SkipInvalid);
