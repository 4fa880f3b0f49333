namespace WsisConnect.Contracts.Networking;

/// <summary>Where a contact request stands.</summary>
public enum RequestStatus
{
    /// <summary>Waiting for an answer.</summary>
    Pending = 0,
    /// <summary>Accepted: the two are contacts.</summary>
    Accepted = 1,
    /// <summary>Declined: the sender is told.</summary>
    Declined = 2,
    /// <summary>Ignored: it leaves the recipient's list; the sender still sees it pending.</summary>
    Ignored = 3,
}
