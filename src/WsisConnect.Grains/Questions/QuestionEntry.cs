namespace WsisConnect.Grains.Questions;

/// <summary>A question held in memory by its queue grain: the stored record and who upvoted it.</summary>
public sealed class QuestionEntry(QuestionRecord record, HashSet<string> voters)
{
    /// <summary>The record as last stored.</summary>
    public QuestionRecord Record { get; set; } = record;

    /// <summary>Attendee ids of the upvoters; its size is the upvote count.</summary>
    public HashSet<string> Voters { get; } = voters;
}
