using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Demo;

/// <summary>A session placed in a room and time, before ids, speakers and moderators are handed out.</summary>
/// <param name="Host">For country workshops, the presenting country.</param>
internal sealed record DemoPlannedSession(
    DemoSlot Slot,
    SessionFormat Format,
    string Title,
    string Description,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<int> Sdgs,
    string? Track,
    DemoCountry? Host = null);
