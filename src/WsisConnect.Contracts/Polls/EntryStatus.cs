namespace WsisConnect.Contracts.Polls;

/// <summary>Where an open-text answer is in moderation, as questions are.</summary>
public enum EntryStatus
{
    /// <summary>Waiting; seen by moderators only.</summary>
    Pending = 0,
    /// <summary>Shown to everyone.</summary>
    Approved = 1,
    /// <summary>Set aside.</summary>
    Dismissed = 2,
}
