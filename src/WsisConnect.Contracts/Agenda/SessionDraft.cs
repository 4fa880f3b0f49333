namespace WsisConnect.Contracts.Agenda;

/// <summary>
/// A session as an organiser edits it by hand. Its status is left as it is; a new session starts Scheduled.
/// Times carry their offset (Geneva time, +02:00 in summer).
/// </summary>
/// <param name="ActionLines">WSIS action lines, <c>C1</c> to <c>C11</c>.</param>
/// <param name="Sdgs">SDGs, 1 to 17.</param>
/// <param name="ModeratorIds">Attendee ids of the session's moderators.</param>
[GenerateSerializer, Immutable, Alias("wsis.SessionDraft")]
public sealed record SessionDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] SessionFormat Format,
    [property: Id(3)] string Room,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] string[] ActionLines,
    [property: Id(7)] int[] Sdgs,
    [property: Id(8)] string? Track,
    [property: Id(9)] string[] Speakers,
    [property: Id(10)] string[] ModeratorIds,
    [property: Id(11)] QuestionMode QuestionMode);
