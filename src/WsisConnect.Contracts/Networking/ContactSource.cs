namespace WsisConnect.Contracts.Networking;

/// <summary>How two people became contacts.</summary>
public enum ContactSource
{
    /// <summary>One scanned the other's badge.</summary>
    Badge = 0,
    /// <summary>A contact request was accepted.</summary>
    Request = 1,
}
