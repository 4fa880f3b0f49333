using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Auth;

/// <summary>A bearer token for the hub and the API, and who it signs in.</summary>
public sealed record SignInResponse(string Token, DateTimeOffset ExpiresAt, AttendeeProfile Profile);
