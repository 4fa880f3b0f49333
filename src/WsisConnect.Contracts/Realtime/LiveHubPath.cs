namespace WsisConnect.Contracts.Realtime;

/// <summary>Where the live hub is mapped.</summary>
public static class LiveHubPath
{
    /// <summary>The hub's path on the server.</summary>
    public const string Path = "/hubs/live";
}
