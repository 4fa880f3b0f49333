namespace WsisConnect.Server.Telemetry;

/// <summary>Orleans' own dashboard for operators (section <c>OrleansDashboard</c>), behind organiser sign-in.</summary>
public sealed class OrleansDashboardOptions
{
    /// <summary>
    /// Off by default: the dashboard times every grain call (a filter on the hot paths) and keeps a history per grain
    /// method; switch it on where operators will look at it.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Where the dashboard is served.</summary>
    public string Path { get; set; } = "/orleans";
}
