namespace WsisConnect.Contracts.Registration;

/// <summary>The first organiser's account, made with the one-time setup code a new server prints at start.</summary>
public sealed record SetupRequest(string? SetupCode, string? Name, string? Organisation, string? Country, string? Email, string? Language);
