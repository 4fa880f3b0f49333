using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>
/// What the directory and matchmaking know of a listed person: only fields visible to everyone, and the sessions
/// they checked in to visibly.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Organisation,
    [property: Id(3)] string? Country,
    [property: Id(4)] StakeholderType? StakeholderType,
    [property: Id(5)] Participation Participation,
    [property: Id(6)] string[] ActionLines,
    [property: Id(7)] int[] Sdgs,
    [property: Id(8)] string[] Tracks,
    [property: Id(9)] string[] Languages,
    [property: Id(10)] string[]? Sessions = null);
