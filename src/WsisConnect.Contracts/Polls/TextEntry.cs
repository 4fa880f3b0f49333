using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Polls;

/// <summary>An open-text answer, shown without its author's name.</summary>
/// <param name="Id">Stable id, <c>{partition}.{n}</c>.</param>
[Wire("wsis.TextEntry")]
public sealed record TextEntry(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Text,
    [property: WireMember(2)] Participation Origin,
    [property: WireMember(3)] EntryStatus Status,
    [property: WireMember(4)] DateTimeOffset At);
