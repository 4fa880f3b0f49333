using WsisConnect.Contracts.Agenda;
namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>
/// A session as read from an agenda file. <see cref="ModeratorKeys"/> are external ids or e-mails of the
/// registration list, resolved when the preview is made; null when the file says nothing about moderators (then
/// a re-import keeps those the session has). <see cref="QuestionMode"/> is null when the file does not say.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.ImportedSession")]
public sealed record ImportedSession(
    [property: Id(0)] int? Line,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] SessionFormat Format,
    [property: Id(5)] string Room,
    [property: Id(6)] DateTimeOffset Start,
    [property: Id(7)] DateTimeOffset End,
    [property: Id(8)] string[] ActionLines,
    [property: Id(9)] int[] Sdgs,
    [property: Id(10)] string? Track,
    [property: Id(11)] string[] Speakers,
    [property: Id(12)] string[]? ModeratorKeys,
    [property: Id(13)] QuestionMode? QuestionMode);
