namespace WsisConnect.Contracts.Networking;

/// <summary>Who may see a profile field.</summary>
public enum FieldVisibility
{
    /// <summary>Everyone signed in.</summary>
    Everyone = 0,
    /// <summary>Only the person's contacts.</summary>
    Contacts = 1,
    /// <summary>Nobody else.</summary>
    Nobody = 2,
}
