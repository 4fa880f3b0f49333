namespace WsisConnect.Contracts.Agenda;

/// <summary>
/// A session as an organiser edits it by hand. Its status is left as it is; a new session starts Scheduled.
/// Times carry their offset (Geneva time, +02:00 in summer).
/// </summary>
/// <param name="ActionLines">WSIS action lines, <c>C1</c> to <c>C11</c>.</param>
/// <param name="Sdgs">SDGs, 1 to 17.</param>
/// <param name="ModeratorIds">Attendee ids of the session's moderators.</param>
[Wire("wsis.SessionDraft")]
public sealed record SessionDraft(
    [property: WireMember(0)] string Title,
    [property: WireMember(1)] string Description,
    [property: WireMember(2)] SessionFormat Format,
    [property: WireMember(3)] string Room,
    [property: WireMember(4)] DateTimeOffset Start,
    [property: WireMember(5)] DateTimeOffset End,
    [property: WireMember(6)] string[] ActionLines,
    [property: WireMember(7)] int[] Sdgs,
    [property: WireMember(8)] string? Track,
    [property: WireMember(9)] string[] Speakers,
    [property: WireMember(10)] string[] ModeratorIds,
    [property: WireMember(11)] QuestionMode QuestionMode);
