namespace WsisConnect.Contracts.Registration;

/// <summary>How a person came to be registered. Only people from the list are revoked when a re-import leaves them out.</summary>
public enum PersonSource
{
    /// <summary>The organisers' registration list (a CSV import).</summary>
    List = 0,
    /// <summary>A walk-in registered at the desk.</summary>
    Desk = 1,
    /// <summary>A remote participant who registered themselves.</summary>
    Self = 2,
    /// <summary>The first organiser, from the one-time setup code or configuration.</summary>
    Setup = 3,
    /// <summary>The demo forum.</summary>
    Demo = 4,
}
