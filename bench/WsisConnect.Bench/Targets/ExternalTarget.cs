namespace WsisConnect.Bench.Targets;

/// <summary>A server somebody else started (<c>--server</c>, <c>--baseline</c>); left running at the end.</summary>
public sealed class ExternalTarget(string name, Uri baseAddress, int? processId) : IBenchTarget
{
    public string Name { get; } = name;

    public Uri BaseAddress { get; } = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

    public int? ProcessId { get; } = processId;

    public string Description => $"running server at {BaseAddress}" + (ProcessId is { } pid ? $" (pid {pid})" : " (no pid: memory not measured)");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
