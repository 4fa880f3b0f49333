using WsisConnect.Contracts.Identity;

namespace WsisConnect.Client.Http;

/// <summary>A bearer token and the person it signs in.</summary>
public sealed record SignInResult(string Token, DateTimeOffset ExpiresAt, AttendeeProfile Profile);
