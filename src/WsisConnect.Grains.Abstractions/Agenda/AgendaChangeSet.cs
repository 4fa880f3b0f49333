using WsisConnect.Contracts.Agenda;
namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>Sessions to add or replace and sessions to take off the agenda, applied together (an import).</summary>
[GenerateSerializer, Immutable, Alias("wsis.AgendaChangeSet")]
public sealed record AgendaChangeSet(
    [property: Id(0)] SessionDetails[] Upserted,
    [property: Id(1)] string[] Removed);
