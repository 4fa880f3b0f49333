using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Agenda;

/// <summary>
/// The sessions matching a filter, every day, room (in the organisers' order) and format there is to filter by,
/// and the agenda's version: pushes (<c>AgendaChanged</c>) carry later versions.
/// </summary>
public sealed record AgendaPage(
    IReadOnlyList<SessionDetails> Sessions,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<string> Rooms,
    IReadOnlyList<SessionFormat> Formats,
    long Version);
