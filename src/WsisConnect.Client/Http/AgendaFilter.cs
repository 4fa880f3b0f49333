using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Client.Http;

/// <summary>Filters for the agenda; null means any.</summary>
public sealed record AgendaFilter(DateOnly? Day = null, string? Room = null, SessionFormat? Format = null, string? ActionLine = null, int? Sdg = null, string? Text = null);
