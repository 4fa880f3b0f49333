using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>
/// What the directory and matchmaking know of a listed person: only fields visible to everyone, and the sessions
/// they checked in to visibly.
/// </summary>
[Wire("wsis.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: WireMember(0)] string AttendeeId,
    [property: WireMember(1)] string Name,
    [property: WireMember(2)] string? Organisation,
    [property: WireMember(3)] string? Country,
    [property: WireMember(4)] StakeholderType? StakeholderType,
    [property: WireMember(5)] Participation Participation,
    [property: WireMember(6)] string[] ActionLines,
    [property: WireMember(7)] int[] Sdgs,
    [property: WireMember(8)] string[] Tracks,
    [property: WireMember(9)] string[] Languages,
    [property: WireMember(10)] string[]? Sessions = null);
