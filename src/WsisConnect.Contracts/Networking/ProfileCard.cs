using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>A person as one viewer may see them: fields the viewer may not see are null.</summary>
[Wire("wsis.ProfileCard")]
public sealed record ProfileCard(
    [property: WireMember(0)] string AttendeeId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string? Organisation,
    [property: WireMember(3)] string? Title,
    [property: WireMember(4)] string? Country,
    [property: WireMember(5)] StakeholderType? StakeholderType,
    [property: WireMember(6)] Participation Participation,
    [property: WireMember(7)] string[]? ActionLines,
    [property: WireMember(8)] int[]? Sdgs,
    [property: WireMember(9)] string[]? Tracks,
    [property: WireMember(10)] string[]? Languages,
    [property: WireMember(11)] string? Bio,
    [property: WireMember(12)] string[]? Links,
    [property: WireMember(13)] bool IsContact);
