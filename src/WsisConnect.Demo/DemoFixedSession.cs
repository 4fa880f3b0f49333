using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Demo;

/// <summary>A session whose day, room and time the forum fixes in advance (ceremonies, roundtables, briefings).</summary>
/// <param name="Day">0 for Monday 7 July.</param>
internal sealed record DemoFixedSession(
    int Day,
    string Room,
    TimeOnly Start,
    int Minutes,
    SessionFormat Format,
    string Title,
    string Description,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<int> Sdgs,
    string? Track = null);
