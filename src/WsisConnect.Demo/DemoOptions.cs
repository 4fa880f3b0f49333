namespace WsisConnect.Demo;

/// <summary>The demo forum, bound from the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    /// <summary>Load the WSIS Forum 2025 demo into an empty store at start-up.</summary>
    public bool Enabled { get; set; } = true;
}
