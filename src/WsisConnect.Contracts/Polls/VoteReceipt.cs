namespace WsisConnect.Contracts.Polls;

/// <summary>The acknowledgement of a stored vote.</summary>
/// <param name="Replaced">The vote replaced the person's earlier one.</param>
/// <param name="QuizPoints">Quiz: points for this answer (0 when wrong), known once stored.</param>
[GenerateSerializer, Immutable, Alias("wsis.VoteReceipt")]
public sealed record VoteReceipt(
    [property: Id(0)] string PollId,
    [property: Id(1)] Ballot Ballot,
    [property: Id(2)] bool Replaced,
    [property: Id(3)] int? QuizPoints);
