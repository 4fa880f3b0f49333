using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Questions;

/// <summary>A question as participants see it.</summary>
/// <param name="Id">Number of the question within its session, from 1.</param>
/// <param name="AuthorId">The asker, or null when the question was asked anonymously.</param>
/// <param name="AuthorName">The asker's name, or null when anonymous.</param>
/// <param name="Origin">Whether the asker was in the room or remote.</param>
/// <param name="Revision">Grows with every change of this question; a client keeps the view with the highest revision.</param>
[GenerateSerializer, Immutable, Alias("wsis.QuestionView")]
public sealed record QuestionView(
    [property: Id(0)] int Id,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string Text,
    [property: Id(3)] string? AuthorId,
    [property: Id(4)] string? AuthorName,
    [property: Id(5)] Participation Origin,
    [property: Id(6)] QuestionStatus Status,
    [property: Id(7)] bool Pinned,
    [property: Id(8)] int Upvotes,
    [property: Id(9)] DateTimeOffset AskedAt,
    [property: Id(10)] long Revision);
