using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace WsisConnect.Testing;

/// <summary>
/// A TCP load balancer on loopback, enough to stand in for nginx in front of a cluster: each new client connection
/// goes to the next backend in turn, skipping backends that refuse the connection, and is piped both ways until
/// either side closes. When a backend dies its clients' connections close, and their reconnects land on a live one.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    private readonly TcpListener _listener;
    private readonly IReadOnlyList<int> _backends;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, bool> _pipes = new();
    private readonly ConcurrentDictionary<int, int> _open = new();
    private readonly Task _accepting;
    private int _next;

    private RoundRobinProxy(IReadOnlyList<int> backendPorts, int port)
    {
        _backends = backendPorts;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start(backlog: 1024);
        Port = port;
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Where clients reach it, with a trailing slash.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>How many client connections are piped to each backend port right now.</summary>
    public IReadOnlyDictionary<int, int> OpenConnections => _backends.ToDictionary(p => p, p => _open.GetValueOrDefault(p));

    /// <summary>Starts a proxy on a free loopback port in front of the given loopback ports.</summary>
    public static RoundRobinProxy Start(IReadOnlyList<int> backendPorts) => new([.. backendPorts], FreePort.Next());

    /// <summary>Stops accepting and closes every piped connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll(_pipes.Keys.Append(_accepting)).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var pipe = ServeAsync(client);
            _pipes[pipe] = true;
            _ = pipe.ContinueWith(t => _pipes.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using (client)
        {
            var (backend, port) = await ConnectToNextLiveBackendAsync();
            if (backend is null)
            {
                return;
            }
            using var _ = backend;
            _open.AddOrUpdate(port, 1, (_, n) => n + 1);
            client.NoDelay = true;
            backend.NoDelay = true;
            using var closed = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            // Whichever direction ends first (a close, a reset from a killed process) ends both.
            await Task.WhenAny(CopyAsync(client, backend, closed.Token), CopyAsync(backend, client, closed.Token));
            await closed.CancelAsync();
            _open.AddOrUpdate(port, 0, (_, n) => n - 1);
        }
    }

    private async Task<(Socket? Socket, int Port)> ConnectToNextLiveBackendAsync()
    {
        for (var attempt = 0; attempt < _backends.Count; attempt++)
        {
            var port = _backends[(int)((uint)Interlocked.Increment(ref _next) % _backends.Count)];
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(ConnectTimeout);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
                return (socket, port);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                socket.Dispose();
            }
        }
        return (null, 0);
    }

    private static async Task CopyAsync(Socket from, Socket to, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, ct);
                if (read == 0)
                {
                    return;
                }
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, ct);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
