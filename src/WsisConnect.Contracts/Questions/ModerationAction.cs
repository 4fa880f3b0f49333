namespace WsisConnect.Contracts.Questions;

/// <summary>What a moderator can do to a question.</summary>
public enum ModerationAction
{
    /// <summary>Make a pending (or dismissed) question visible to everyone.</summary>
    Approve = 0,
    /// <summary>Set a question aside; it disappears for participants and is unpinned.</summary>
    Dismiss = 1,
    /// <summary>Mark a question as answered; it is unpinned.</summary>
    MarkAnswered = 2,
    /// <summary>Put the question on the room screen (approving it if needed); any other pinned question is unpinned.</summary>
    Pin = 3,
    /// <summary>Take the question off the room screen.</summary>
    Unpin = 4,
}
