namespace WsisConnect.Contracts.Agenda;

/// <summary>Where a session is in its life. Questions and upvotes are refused once it has ended.</summary>
public enum SessionStatus
{
    /// <summary>On the agenda, not started; questions may already be collected.</summary>
    Scheduled = 0,
    /// <summary>Running now.</summary>
    Live = 1,
    /// <summary>Over; the queue is read-only for participants.</summary>
    Ended = 2,
}
