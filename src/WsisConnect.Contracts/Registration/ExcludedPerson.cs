namespace WsisConnect.Contracts.Registration;

/// <summary>Someone left out of the leaderboard, with their name when they are still registered.</summary>
public sealed record ExcludedPerson(string AttendeeId, string? Name);
