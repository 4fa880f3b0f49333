using WsisConnect.Contracts.Agenda;
namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>The whole agenda at one version: every session (by start, then room) and every room.</summary>
[GenerateSerializer, Immutable, Alias("wsis.AgendaSnapshot")]
public sealed record AgendaSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<SessionDetails> Sessions,
    [property: Id(2)] string[] Rooms);
