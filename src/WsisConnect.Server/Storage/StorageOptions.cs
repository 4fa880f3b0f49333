namespace WsisConnect.Server.Storage;

/// <summary>Where the forum keeps its data, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>A StackExchange.Redis connection string. Empty: start the embedded Garnet store instead.</summary>
    public string? Redis { get; set; }

    /// <summary>The embedded store's folder (append-only log and checkpoints); relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The loopback port of the embedded store.</summary>
    public int EmbeddedPort { get; set; } = 6380;

    /// <summary>
    /// Whether the embedded store answers only after its append-only log holds the write. On by default: an
    /// acknowledged question or vote must survive a hard kill of the process.
    /// </summary>
    public bool WaitForCommit { get; set; } = true;
}
