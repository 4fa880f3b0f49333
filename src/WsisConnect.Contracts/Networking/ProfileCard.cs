using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>A person as one viewer may see them: fields the viewer may not see are null.</summary>
[GenerateSerializer, Immutable, Alias("wsis.ProfileCard")]
public sealed record ProfileCard(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Organisation,
    [property: Id(3)] string? Title,
    [property: Id(4)] string? Country,
    [property: Id(5)] StakeholderType? StakeholderType,
    [property: Id(6)] Participation Participation,
    [property: Id(7)] string[]? ActionLines,
    [property: Id(8)] int[]? Sdgs,
    [property: Id(9)] string[]? Tracks,
    [property: Id(10)] string[]? Languages,
    [property: Id(11)] string? Bio,
    [property: Id(12)] string[]? Links,
    [property: Id(13)] bool IsContact);
