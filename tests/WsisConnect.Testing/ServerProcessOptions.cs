namespace WsisConnect.Testing;

/// <summary>How to launch one node of the real server as an OS process.</summary>
/// <remarks>
/// Ports left null are picked free per launch. Fix <see cref="HttpPort"/> when a test restarts a node and
/// wants clients to reconnect to the same address; nodes of one cluster need the same
/// <see cref="Redis"/>, <see cref="ServiceId"/> and <see cref="ClusterId"/>.
/// </remarks>
public sealed record ServerProcessOptions
{
    /// <summary>Storage:DataDirectory: where embedded Garnet keeps its files (unused with <see cref="Redis"/>).
    /// Reuse it across a restart to test recovery.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Storage:Redis: a StackExchange.Redis connection string, or null for the embedded Garnet store.</summary>
    public string? Redis { get; init; }

    /// <summary>Orleans:ServiceId: also the key prefix of grain state, so a distinct one isolates tests sharing a Redis.</summary>
    public string ServiceId { get; init; } = "wsisconnect";

    /// <summary>Orleans:ClusterId: the membership table nodes join.</summary>
    public string ClusterId { get; init; } = "wsis";

    /// <summary>Demo:Enabled: off by default so tests start from an empty forum unless they ask for the demo.</summary>
    public bool DemoEnabled { get; init; }

    /// <summary>The HTTP port (Urls); null picks a free one.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Storage:EmbeddedPort for the embedded Garnet; null picks a free one.</summary>
    public int? EmbeddedStorePort { get; init; }

    /// <summary>Orleans:SiloPort; null picks a free one.</summary>
    public int? SiloPort { get; init; }

    /// <summary>Orleans:GatewayPort; null picks a free one.</summary>
    public int? GatewayPort { get; init; }

    /// <summary>More environment variables (configuration keys with <c>__</c>); set last, so they win. A null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}
