namespace WsisConnect.Contracts.Identity;

/// <summary>The new participant's personal access code (shown once; keep it) and a token to go on with.</summary>
public sealed record RegistrationResponse(string Code, string Token, DateTimeOffset ExpiresAt, AttendeeProfile Profile);
