using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Registration;

/// <summary>
/// What a printed badge shows (name, organisation, country, on site or remote, and the contact QR code's link)
/// and, for the separate slip only, the personal access code and sign-in link.
/// </summary>
/// <param name="ContactLink">The badge's QR code: scanning it makes the scanner and the person contacts; it signs nobody in.</param>
/// <param name="ShortCode">The badge's short code, typed instead of scanning.</param>
/// <param name="Code">The sign-in code, for the slip; null when it cannot be read back (reissue it).</param>
public sealed record BadgePrint(
    string AttendeeId,
    string Name,
    string Organisation,
    string Title,
    string Country,
    Participation Participation,
    ForumRoles Roles,
    string ContactLink,
    string ShortCode,
    string? Code,
    string? SignInLink);
