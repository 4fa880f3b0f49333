namespace WsisConnect.Contracts.Questions;

/// <summary>The acknowledgement of an upvote or its withdrawal: the stored outcome.</summary>
[Wire("wsis.UpvoteReceipt")]
public sealed record UpvoteReceipt(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] int QuestionId,
    [property: WireMember(2)] bool Upvoted,
    [property: WireMember(3)] int Upvotes);
