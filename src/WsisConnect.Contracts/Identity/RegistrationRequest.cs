namespace WsisConnect.Contracts.Identity;

/// <summary>A remote participant registering themselves.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code, for example <c>KE</c>.</param>
/// <param name="Language">One of the six UN languages: ar, zh, en, fr, ru, es.</param>
public sealed record RegistrationRequest(
    string? Name,
    string? Organisation,
    string? Country,
    StakeholderType? StakeholderType,
    string? Language);
