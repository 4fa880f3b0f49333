using WsisConnect.Contracts.Identity;

namespace WsisConnect.Client.Http;

/// <summary>A new participant's personal access code, and a token to go on with.</summary>
public sealed record RegistrationResult(string Code, string Token, DateTimeOffset ExpiresAt, AttendeeProfile Profile);
