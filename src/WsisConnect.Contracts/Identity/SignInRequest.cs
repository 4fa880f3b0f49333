namespace WsisConnect.Contracts.Identity;

/// <summary>A personal access code to exchange for a bearer token.</summary>
/// <param name="Code">The code as printed on the registration letter, for example <c>WSIS-SITE-2025</c>; case, spaces and dashes do not matter.</param>
public sealed record SignInRequest(string? Code);
