namespace WsisConnect.Contracts.Agenda;

/// <summary>A session on the agenda.</summary>
/// <param name="Id">Stable id, for example <c>s042</c>.</param>
/// <param name="ActionLines">WSIS action lines, <c>C1</c> to <c>C11</c>.</param>
/// <param name="Sdgs">Sustainable Development Goals, 1 to 17.</param>
/// <param name="ModeratorIds">Attendee ids of the people who run this session's queue.</param>
[Wire("wsis.SessionDetails")]
public sealed record SessionDetails(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Title,
    [property: WireMember(2)] string Description,
    [property: WireMember(3)] SessionFormat Format,
    [property: WireMember(4)] string Room,
    [property: WireMember(5)] DateTimeOffset Start,
    [property: WireMember(6)] DateTimeOffset End,
    [property: WireMember(7)] string[] ActionLines,
    [property: WireMember(8)] int[] Sdgs,
    [property: WireMember(9)] string? Track,
    [property: WireMember(10)] string[] Speakers,
    [property: WireMember(11)] string[] ModeratorIds,
    [property: WireMember(12)] QuestionMode QuestionMode,
    [property: WireMember(13)] SessionStatus Status)
{
    /// <summary>The forum day (1-based) is derived by the agenda; this is the calendar date in Geneva.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Start.DateTime);
}
