namespace WsisConnect.Demo;

/// <summary>Gender as the registration list reports it (the forum publishes 44% women, 51% men).</summary>
public enum DemoGender
{
    /// <summary>Not stated.</summary>
    NotStated = 0,
    /// <summary>Woman.</summary>
    Woman = 1,
    /// <summary>Man.</summary>
    Man = 2,
}
