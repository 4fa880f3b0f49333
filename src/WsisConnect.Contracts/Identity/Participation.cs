namespace WsisConnect.Contracts.Identity;

/// <summary>Where a person takes part from. Every question carries the asker's participation.</summary>
public enum Participation
{
    /// <summary>In the building, with a badge.</summary>
    OnSite = 0,
    /// <summary>Following the stream from elsewhere.</summary>
    Remote = 1,
}
