namespace WsisConnect.Grains.Questions;

/// <summary>A question held in memory by its queue grain: the stored record, who upvotes it and who took an upvote back.</summary>
public sealed class QuestionEntry(QuestionRecord record, HashSet<string> voters, HashSet<string> withdrawn)
{
    /// <summary>The record as last stored.</summary>
    public QuestionRecord Record { get; set; } = record;

    /// <summary>Attendee ids of the upvoters; its size is the upvote count.</summary>
    public HashSet<string> Voters { get; } = voters;

    /// <summary>
    /// Attendee ids of people who upvoted and took it back. With <see cref="Voters"/> it says who has ever upvoted,
    /// which is who has already earned the asker points.
    /// </summary>
    public HashSet<string> Withdrawn { get; } = withdrawn;

    /// <summary>
    /// The operation of each upvote or withdrawal made by this activation, by voter: a retry of it is answered as done,
    /// another operation is judged afresh. Not stored: after a reactivation any operation finding its work done is
    /// taken as the retry it most likely is.
    /// </summary>
    public Dictionary<string, string> LastOperation { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a call with <paramref name="operation"/> finding its upvote (or withdrawal) done is that call's retry.</summary>
    public bool IsRetryOf(string voter, string? operation) =>
        operation is not null && (!LastOperation.TryGetValue(voter, out var last) || last == operation);
}
