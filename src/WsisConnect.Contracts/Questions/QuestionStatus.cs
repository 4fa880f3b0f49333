namespace WsisConnect.Contracts.Questions;

/// <summary>A question's place in the moderation flow.</summary>
public enum QuestionStatus
{
    /// <summary>Waiting for a moderator (pre-moderated sessions); seen only by moderators and the asker.</summary>
    Pending = 0,
    /// <summary>Visible to everyone in the session and open for upvotes.</summary>
    Approved = 1,
    /// <summary>Answered in the room; still visible, no longer in the running order.</summary>
    Answered = 2,
    /// <summary>Set aside by a moderator; seen only by moderators and the asker.</summary>
    Dismissed = 3,
}
