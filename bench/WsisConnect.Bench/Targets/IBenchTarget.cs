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
}
