namespace WsisConnect.Bench.Registration;

/// <summary>The tokens of freshly registered voters, and how the registration went.</summary>
public sealed record RegisteredVoters(IReadOnlyList<string> Tokens, RegistrationSummary Summary);
