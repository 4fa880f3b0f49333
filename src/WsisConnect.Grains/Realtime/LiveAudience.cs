namespace WsisConnect.Grains.Realtime;

/// <summary>
/// Who a push goes to. Each connection in a session is in exactly one of the session audiences, so a client never
/// receives two projections of the same change.
/// </summary>
public enum LiveAudience
{
    /// <summary>Everyone in the session who does not moderate it; keyed by session id.</summary>
    Participants = 0,
    /// <summary>The session's moderators; keyed by session id.</summary>
    Moderators = 1,
    /// <summary>One person on every connection they have; keyed by attendee id.</summary>
    Attendee = 2,
}
