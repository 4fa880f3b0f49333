namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>Every wait in these tests is bounded.</summary>
public static class Waits
{
    /// <summary>How long a pushed change may take to reach another client in a test.</summary>
    public static readonly TimeSpan Push = TimeSpan.FromSeconds(10);
}
