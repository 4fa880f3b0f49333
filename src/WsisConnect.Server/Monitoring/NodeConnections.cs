using System.Collections.Concurrent;

namespace WsisConnect.Server.Monitoring;

/// <summary>This node's live connections by participation and country, and those watching the operations dashboard.</summary>
public sealed class NodeConnections
{
    private readonly ConcurrentDictionary<string, int> _countries = new(StringComparer.Ordinal);
    private int _onSite;
    private int _remote;
    private int _watchers;

    /// <summary>Connections of people on site.</summary>
    public int OnSite => Volatile.Read(ref _onSite);

    /// <summary>Connections of remote people.</summary>
    public int Remote => Volatile.Read(ref _remote);

    /// <summary>Connections watching the operations dashboard.</summary>
    public int Watchers => Volatile.Read(ref _watchers);

    /// <summary>Connections by country, those at zero left out.</summary>
    public IEnumerable<KeyValuePair<string, int>> Countries => _countries.Where(c => c.Value > 0);

    /// <summary>Counts a connection opened (<paramref name="delta"/> 1) or closed (-1).</summary>
    public void Connection(bool remote, string country, int delta)
    {
        Interlocked.Add(ref remote ? ref _remote : ref _onSite, delta);
        _countries.AddOrUpdate(country, delta, (_, count) => count + delta);
    }

    /// <summary>Counts a watcher of the operations dashboard starting (1) or stopping (-1).</summary>
    public void Watching(int delta) => Interlocked.Add(ref _watchers, delta);
}
