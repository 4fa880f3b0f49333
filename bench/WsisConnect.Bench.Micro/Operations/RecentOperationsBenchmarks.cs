using BenchmarkDotNet.Attributes;
using WsisConnect.Server.Operations;

namespace WsisConnect.Bench.Micro.Operations;

/// <summary>
/// What every write with an <c>Idempotency-Key</c> (every SDK write, so every prize vote) pays in
/// <see cref="RecentOperations"/>: one new operation, with the node already holding none or 150,000 recent outcomes
/// (12 s of prize votes at 12,500/s). The cost must not grow with what is held: asking the dictionary for its
/// count once took all of its 1,024 locks on every request.
/// </summary>
public class RecentOperationsBenchmarks
{
    private static readonly Task<string> Done = Task.FromResult("receipt");
    private RecentOperations _recent = null!;
    private long _next;

    [Params(0, 150_000)]
    public int Held { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _recent = new RecentOperations(TimeProvider.System);
        for (var i = 0; i < Held; i++)
        {
            await _recent.RunOnceAsync($"held-{i}", () => Done);
        }
    }

    [Benchmark]
    public Task<string> NewOperation() => _recent.RunOnceAsync($"op-{Interlocked.Increment(ref _next)}", () => Done);
}
