namespace WsisConnect.Bench.Targets;

/// <summary>
/// A server somebody else started (<c>--server</c>, <c>--baseline</c>); left running at the end. With several
/// addresses it is a cluster: voters are spread over the nodes in turn, registration and the moderator use the first,
/// and the CPU of every given pid counts as the server's.
/// </summary>
public sealed class ExternalTarget(string name, IReadOnlyList<Uri> addresses, IReadOnlyList<int> processIds, string? storeConnection = null, int? storePid = null) : IBenchTarget
{
    private readonly Uri[] _addresses = [.. addresses.Select(a => a.AbsoluteUri.EndsWith('/') ? a : new Uri(a.AbsoluteUri + "/"))];

    /// <summary>One running server.</summary>
    public ExternalTarget(string name, Uri baseAddress, int? processId)
        : this(name, [baseAddress], processId is { } pid ? [pid] : [])
    {
    }

    public string Name { get; } = name;

    public Uri BaseAddress => _addresses[0];

    /// <summary>The first node's pid, only for a single node: memory per connection is not measured over a cluster.</summary>
    public int? ProcessId => _addresses.Length == 1 && processIds.Count > 0 ? processIds[0] : null;

    public IReadOnlyList<int> ProcessIds => processIds;

    public Uri VoterAddress(int index) => _addresses[index % _addresses.Length];

    public string? StoreConnection => storeConnection;

    public int? StorePid => storePid;

    public string Description => _addresses.Length == 1
        ? $"running server at {BaseAddress}" + (ProcessId is { } pid ? $" (pid {pid})" : " (no pid: memory not measured)")
        : $"running cluster of {_addresses.Length} nodes at {string.Join(", ", _addresses.Select(a => a.Authority))} (pids {string.Join(", ", processIds)}; voters spread over the nodes in turn)";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
