namespace WsisConnect.Contracts.Questions;

/// <summary>How many questions a session was asked (whatever became of them) and how many were marked answered.</summary>
[GenerateSerializer, Immutable, Alias("wsis.QuestionCount")]
public sealed record QuestionCount(
    [property: Id(0)] string SessionId,
    [property: Id(1)] int Asked,
    [property: Id(2)] int Answered);
