using System.Globalization;
using StackExchange.Redis;

namespace WsisConnect.Bench.Measurement;

/// <summary>
/// What the store did over one phase: commands by name (INFO commandstats), bytes in and out (INFO stats) and, when
/// its process is known and separate from the server's, its CPU. The unit costs of the capacity model come from it.
/// </summary>
public sealed class StoreWatch
{
    private readonly IConnectionMultiplexer? _redis;
    private readonly int? _pid;
    private readonly StoreCounters? _start;
    private readonly TimeSpan? _cpuStart;

    private StoreWatch(IConnectionMultiplexer? redis, int? pid, StoreCounters? start)
    {
        _redis = redis;
        _pid = pid;
        _start = start;
        _cpuStart = ProcessMetrics.CpuTime(pid);
    }

    /// <summary>Starts watching the store at <paramref name="connectionString"/> (null: nothing is measured).</summary>
    public static async Task<StoreWatch> StartAsync(string? connectionString, int? pid)
    {
        if (connectionString is null)
        {
            return new StoreWatch(null, pid, null);
        }
        try
        {
            var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true,abortConnect=false");
            return new StoreWatch(redis, pid, await ReadAsync(redis));
        }
        catch (RedisException)
        {
            return new StoreWatch(null, pid, null);
        }
    }

    /// <summary>The store's work since the start, or null when it could not be read.</summary>
    public async Task<StoreUse?> StopAsync()
    {
        if (_redis is null || _start is null)
        {
            return null;
        }
        try
        {
            var end = await ReadAsync(_redis);
            var commands = end.Commands.Select(kv => (kv.Key, Calls: kv.Value - _start.Commands.GetValueOrDefault(kv.Key)))
                .Where(c => c.Calls > 0).OrderByDescending(c => c.Calls).ToDictionary(c => c.Key, c => c.Calls);
            double? cpu = ProcessMetrics.CpuTime(_pid) is { } cpuEnd && _cpuStart is { } cpuStart ? Math.Round((cpuEnd - cpuStart).TotalSeconds, 2) : null;
            return new StoreUse(commands.Values.Sum(), commands, end.InputBytes - _start.InputBytes, end.OutputBytes - _start.OutputBytes, cpu);
        }
        catch (RedisException)
        {
            return null;
        }
        finally
        {
            await _redis.DisposeAsync();
        }
    }

    private static async Task<StoreCounters> ReadAsync(IConnectionMultiplexer redis)
    {
        var server = redis.GetServers()[0];
        var commands = new Dictionary<string, long>();
        foreach (var group in await server.InfoAsync("commandstats"))
        {
            foreach (var (key, value) in group)
            {
                // cmdstat_publish:calls=12,usec=34,...
                if (key.StartsWith("cmdstat_", StringComparison.Ordinal) && value.Split(',').FirstOrDefault(p => p.StartsWith("calls=", StringComparison.Ordinal)) is { } calls)
                {
                    commands[key["cmdstat_".Length..]] = long.Parse(calls["calls=".Length..], CultureInfo.InvariantCulture);
                }
            }
        }
        long input = 0, output = 0, total = 0;
        foreach (var group in await server.InfoAsync("stats"))
        {
            foreach (var (key, value) in group)
            {
                // A store without INFO commandstats (the embedded Garnet) still counts its commands in all.
                if (key == "total_commands_processed") total = long.Parse(value, CultureInfo.InvariantCulture);
                if (key == "total_net_input_bytes") input = long.Parse(value, CultureInfo.InvariantCulture);
                if (key == "total_net_output_bytes") output = long.Parse(value, CultureInfo.InvariantCulture);
            }
        }
        // INFO commands themselves are counted by the store; they are this watch's, not the server's.
        commands.Remove("info");
        if (commands.Count == 0 && total > 0)
        {
            commands["(all commands)"] = total;
        }
        return new StoreCounters(commands, input, output);
    }

    private sealed record StoreCounters(Dictionary<string, long> Commands, long InputBytes, long OutputBytes);
}
