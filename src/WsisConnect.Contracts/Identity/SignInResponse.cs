namespace WsisConnect.Contracts.Identity;

/// <summary>A bearer token for the hub and the API, and who it signs in.</summary>
public sealed record SignInResponse(string Token, DateTimeOffset ExpiresAt, AttendeeProfile Profile);
