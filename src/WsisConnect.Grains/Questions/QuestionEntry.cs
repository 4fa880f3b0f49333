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
}
