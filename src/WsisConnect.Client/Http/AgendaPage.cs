using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Client.Http;

/// <summary>Matching sessions and the facets to filter by.</summary>
public sealed record AgendaPage(IReadOnlyList<SessionDetails> Sessions, IReadOnlyList<DateOnly> Days, IReadOnlyList<string> Rooms, IReadOnlyList<SessionFormat> Formats, long Version);
