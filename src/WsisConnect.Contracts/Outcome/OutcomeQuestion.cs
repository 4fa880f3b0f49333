using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Outcome;

/// <summary>A question as the session's export lists it: its text, fate and upvotes, without who asked.</summary>
[Wire("wsis.OutcomeQuestion")]
public sealed record OutcomeQuestion(
    [property: WireMember(0)] int Id,
    [property: WireMember(1)] string Text,
    [property: WireMember(2)] QuestionStatus Status,
    [property: WireMember(3)] Participation Origin,
    [property: WireMember(4)] int Upvotes,
    [property: WireMember(5)] DateTimeOffset AskedAt);
