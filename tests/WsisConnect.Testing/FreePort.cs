using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace WsisConnect.Testing;

/// <summary>Hands out loopback TCP ports for test servers, stores and silos.</summary>
/// <remarks>
/// Ports come from 20000-32767, below Linux's ephemeral range (32768-60999): an outgoing connection of any process
/// takes its local port from the ephemeral range, so asking the OS for a free port there (bind to 0) raced with
/// every client socket on the machine, and test assemblies run in parallel. Each port handed out is also reserved
/// with an exclusive lock file held until this process exits, so two test processes never pick the same one.
/// </remarks>
public static class FreePort
{
    private const int First = 20000;
    private const int Last = 32767;

    private static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "wsisconnect-test-ports");
    private static readonly ConcurrentDictionary<int, FileStream> Held = new();
    private static readonly Lock Gate = new();
    private static int _next = First + Random.Shared.Next(Last - First);

    /// <summary>A loopback TCP port that nothing listens on, reserved for this process.</summary>
    public static int Next()
    {
        Directory.CreateDirectory(LockDirectory);
        lock (Gate)
        {
            for (var attempt = 0; attempt < Last - First; attempt++)
            {
                var port = _next;
                _next = _next >= Last ? First : _next + 1;
                if (Held.ContainsKey(port) || !TryReserve(port, out var reservation))
                {
                    continue;
                }
                if (IsFree(port))
                {
                    Held[port] = reservation;
                    return port;
                }
                reservation.Dispose();
            }
        }
        throw new InvalidOperationException("No free loopback port left in 20000-32767.");
    }

    private static bool TryReserve(int port, out FileStream reservation)
    {
        try
        {
            // The OS drops the lock when the process ends, however it ends; a stale file left behind is reused.
            reservation = new FileStream(Path.Combine(LockDirectory, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            reservation = null!;
            return false;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
