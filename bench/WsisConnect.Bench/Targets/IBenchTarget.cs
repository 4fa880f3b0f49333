namespace WsisConnect.Bench.Targets;

/// <summary>A server the load tool drives: WsisConnect or the baseline, started by the tool or already running.</summary>
public interface IBenchTarget : IAsyncDisposable
{
    /// <summary>"WsisConnect" or "baseline".</summary>
    string Name { get; }

    /// <summary>Where clients reach it, with a trailing slash.</summary>
    Uri BaseAddress { get; }

    /// <summary>The server's OS process, for memory and CPU readings; null when unknown.</summary>
    int? ProcessId { get; }

    /// <summary>What was started or targeted, for the results.</summary>
    string Description { get; }

    /// <summary>Every process of the server (one per node), for CPU readings; empty when unknown.</summary>
    IReadOnlyList<int> ProcessIds => ProcessId is { } pid ? [pid] : [];

    /// <summary>Where voter <paramref name="index"/> connects: spread over the nodes of a cluster, the one address otherwise.</summary>
    Uri VoterAddress(int index) => BaseAddress;

    /// <summary>The server's store (a StackExchange.Redis connection string), to count its commands; null when unknown.</summary>
    string? StoreConnection => null;

    /// <summary>The store's own process when it runs apart from the server (redis-server), for its CPU; null otherwise.</summary>
    int? StorePid => null;

    /// <summary>Lines the server has written so far by log level, when this tool reads its output; null otherwise.</summary>
    IReadOnlyDictionary<string, long>? LogLineCounts => null;
}
