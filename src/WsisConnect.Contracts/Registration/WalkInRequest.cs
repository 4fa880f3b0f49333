using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>A walk-in at the registration desk: registered on site, as an attendee.</summary>
/// <param name="ExternalId">The registration system's id, if the desk has one.</param>
/// <param name="Email">For the organisers only.</param>
public sealed record WalkInRequest(
    string? Name,
    string? Organisation,
    string? Title,
    string? Country,
    StakeholderType? StakeholderType,
    string? Language,
    string? Email,
    string? ExternalId);
