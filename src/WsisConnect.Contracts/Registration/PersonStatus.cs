namespace WsisConnect.Contracts.Registration;

/// <summary>Whether a registered person can sign in.</summary>
public enum PersonStatus
{
    /// <summary>Their code signs them in.</summary>
    Active = 0,
    /// <summary>Revoked (left out of the list, or by an organiser): code and tokens refused; contacts and questions stay.</summary>
    Revoked = 1,
}
