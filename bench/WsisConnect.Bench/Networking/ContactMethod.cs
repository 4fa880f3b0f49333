namespace WsisConnect.Bench.Networking;

/// <summary>How a planned contact is made.</summary>
public enum ContactMethod
{
    /// <summary>The first person scans the second's badge.</summary>
    BadgeScan,
    /// <summary>The first person sends a request; the second accepts it when it is pushed.</summary>
    RequestAccept,
}
