using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Questions;

/// <summary>A question as participants see it.</summary>
/// <param name="Id">Number of the question within its session, from 1.</param>
/// <param name="AuthorId">The asker, or null when the question was asked anonymously.</param>
/// <param name="AuthorName">The asker's name, or null when anonymous.</param>
/// <param name="Origin">Whether the asker was in the room or remote.</param>
/// <param name="Revision">Grows with every change of this question; a client keeps the view with the highest revision.</param>
/// <param name="EditedAt">When its asker last edited the text, or null if never: shown to everyone as "edited".</param>
[Wire("wsis.QuestionView")]
public sealed record QuestionView(
    [property: WireMember(0)] int Id,
    [property: WireMember(1)] string SessionId,
    [property: WireMember(2)] string Text,
    [property: WireMember(3)] string? AuthorId,
    [property: WireMember(4)] string? AuthorName,
    [property: WireMember(5)] Participation Origin,
    [property: WireMember(6)] QuestionStatus Status,
    [property: WireMember(7)] bool Pinned,
    [property: WireMember(8)] int Upvotes,
    [property: WireMember(9)] DateTimeOffset AskedAt,
    [property: WireMember(10)] long Revision,
    [property: WireMember(11)] DateTimeOffset? EditedAt);
