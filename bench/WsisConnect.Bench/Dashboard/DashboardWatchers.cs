using System.Text.Json;
using WsisConnect.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Monitoring;

namespace WsisConnect.Bench.Dashboard;

/// <summary>
/// N organisers' dashboards: each its own connection (one organiser's token, as several screens in an operations room
/// would be) watching the operations pulse; counts the pulses they receive and their size as the hub's JSON carries them.
/// </summary>
public sealed class DashboardWatchers : IAsyncDisposable
{
    private readonly LiveConnection[] _connections;
    private long _pulses;
    private long _bytes;

    private DashboardWatchers(LiveConnection[] connections) => _connections = connections;

    /// <summary>Pulses received by all watchers since they connected.</summary>
    public long Pulses => Interlocked.Read(ref _pulses);

    /// <summary>Their JSON payload bytes.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Connects <paramref name="count"/> dashboards and starts each watching.</summary>
    public static async Task<DashboardWatchers> StartAsync(Uri server, string organiserToken, int count, CancellationToken ct)
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, count)
            .Select(_ => LiveConnection.ConnectAsync(server, organiserToken, DashboardAudience.Configure, ct)));
        var watchers = new DashboardWatchers(connections);
        foreach (var connection in connections)
        {
            connection.OperationsPulse += watchers.Received;
        }
        await Task.WhenAll(connections.Select(c => c.WatchOperations()));
        return watchers;
    }

    private void Received(ForumPulse pulse)
    {
        Interlocked.Increment(ref _pulses);
        // Serialised again here only to learn its size: the wire carries the same JSON.
        Interlocked.Add(ref _bytes, JsonSerializer.SerializeToUtf8Bytes(pulse, ForumJson.Options).Length);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
    }
}
