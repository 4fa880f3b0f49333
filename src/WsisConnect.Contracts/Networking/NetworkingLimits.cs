namespace WsisConnect.Contracts.Networking;

/// <summary>Limits clients can check before sending; the server enforces them.</summary>
public static class NetworkingLimits
{
    /// <summary>The longest message.</summary>
    public const int MaxMessageLength = 2000;
    /// <summary>The longest contact request message.</summary>
    public const int MaxRequestMessageLength = 300;
    /// <summary>The longest bio.</summary>
    public const int MaxBioLength = 500;
    /// <summary>The most links, and the longest link.</summary>
    public const int MaxLinks = 5, MaxLinkLength = 200;
    /// <summary>The longest private note on a contact, and the most tags of 30 characters.</summary>
    public const int MaxNoteLength = 1000, MaxTags = 10, MaxTagLength = 30;
    /// <summary>Contact requests one person may send per hour.</summary>
    public const int RequestsPerHour = 30;

    /// <summary>Most tracks and most languages on a profile.</summary>
    public const int MaxTracks = 12, MaxLanguages = 12;
}
