using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>The sessions matching a filter, and every day, room and format there is to filter by.</summary>
public sealed record AgendaPage(
    IReadOnlyList<SessionDetails> Sessions,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<string> Rooms,
    IReadOnlyList<SessionFormat> Formats);
