namespace WsisConnect.Contracts.Questions;

/// <summary>The acknowledgement of an upvote or its withdrawal: the stored outcome.</summary>
[GenerateSerializer, Immutable, Alias("wsis.UpvoteReceipt")]
public sealed record UpvoteReceipt(
    [property: Id(0)] string SessionId,
    [property: Id(1)] int QuestionId,
    [property: Id(2)] bool Upvoted,
    [property: Id(3)] int Upvotes);
