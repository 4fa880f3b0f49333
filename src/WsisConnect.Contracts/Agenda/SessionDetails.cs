namespace WsisConnect.Contracts.Agenda;

/// <summary>A session on the agenda.</summary>
/// <param name="Id">Stable id, for example <c>s042</c>.</param>
/// <param name="ActionLines">WSIS action lines, <c>C1</c> to <c>C11</c>.</param>
/// <param name="Sdgs">Sustainable Development Goals, 1 to 17.</param>
/// <param name="ModeratorIds">Attendee ids of the people who run this session's queue.</param>
[GenerateSerializer, Immutable, Alias("wsis.SessionDetails")]
public sealed record SessionDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] SessionFormat Format,
    [property: Id(4)] string Room,
    [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset End,
    [property: Id(7)] string[] ActionLines,
    [property: Id(8)] int[] Sdgs,
    [property: Id(9)] string? Track,
    [property: Id(10)] string[] Speakers,
    [property: Id(11)] string[] ModeratorIds,
    [property: Id(12)] QuestionMode QuestionMode,
    [property: Id(13)] SessionStatus Status)
{
    /// <summary>The forum day (1-based) is derived by the agenda; this is the calendar date in Geneva.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Start.DateTime);
}
