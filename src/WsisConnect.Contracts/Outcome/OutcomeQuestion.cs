using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Outcome;

/// <summary>A question as the session's export lists it: its text, fate and upvotes, without who asked.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeQuestion")]
public sealed record OutcomeQuestion(
    [property: Id(0)] int Id,
    [property: Id(1)] string Text,
    [property: Id(2)] QuestionStatus Status,
    [property: Id(3)] Participation Origin,
    [property: Id(4)] int Upvotes,
    [property: Id(5)] DateTimeOffset AskedAt);
