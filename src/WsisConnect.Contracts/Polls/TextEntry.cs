using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Polls;

/// <summary>An open-text answer, shown without its author's name.</summary>
/// <param name="Id">Stable id, <c>{partition}.{n}</c>.</param>
[GenerateSerializer, Immutable, Alias("wsis.TextEntry")]
public sealed record TextEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] Participation Origin,
    [property: Id(3)] EntryStatus Status,
    [property: Id(4)] DateTimeOffset At);
