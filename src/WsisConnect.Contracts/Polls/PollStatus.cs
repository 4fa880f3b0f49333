namespace WsisConnect.Contracts.Polls;

/// <summary>A poll's life: prepared, taking votes, over.</summary>
public enum PollStatus
{
    /// <summary>Prepared; seen only by moderators.</summary>
    Draft = 0,
    /// <summary>Taking votes.</summary>
    Open = 1,
    /// <summary>No more votes; results visible to all.</summary>
    Closed = 2,
}
