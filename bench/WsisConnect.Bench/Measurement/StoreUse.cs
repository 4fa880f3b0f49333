namespace WsisConnect.Bench.Measurement;

/// <summary>The store's work over one phase.</summary>
/// <param name="Commands">Commands in all (INFO calls of the watch excluded).</param>
/// <param name="ByCommand">Commands by name, most frequent first.</param>
/// <param name="InputBytes">Bytes the store received (total_net_input_bytes; 0 when the store does not report it).</param>
/// <param name="OutputBytes">Bytes the store sent, pub/sub deliveries included.</param>
/// <param name="CpuSeconds">The store process's CPU time, when it runs apart from the server and its pid is known.</param>
public sealed record StoreUse(long Commands, IReadOnlyDictionary<string, long> ByCommand, long InputBytes, long OutputBytes, double? CpuSeconds);
