namespace WsisConnect.Contracts.Polls;

/// <summary>
/// The acknowledgement of a stored vote. It says nothing of whether a quiz answer is right: that is known only once
/// the quiz closes (<see cref="PollView.MyQuizPoints"/>). Id 3 held the quiz points before that rule; never reuse it.
/// </summary>
/// <param name="Replaced">The vote replaced the person's earlier one.</param>
[Wire("wsis.VoteReceipt")]
public sealed record VoteReceipt(
    [property: WireMember(0)] string PollId,
    [property: WireMember(1)] Ballot Ballot,
    [property: WireMember(2)] bool Replaced);
