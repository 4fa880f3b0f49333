using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace WsisConnect.Testing;

/// <summary>Hands out loopback TCP ports that were free a moment ago.</summary>
/// <remarks>
/// The port is released before the caller binds it, so another process can in principle take it first;
/// remembering what this process already handed out at least stops two nodes of one test being given the
/// same port when the OS recycles a just-released one.
/// </remarks>
public static class FreePort
{
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>A TCP port on 127.0.0.1 that nothing listened on when asked, and not handed out before by this process.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (HandedOut.TryAdd(port, 0))
            {
                return port;
            }
        }

        throw new InvalidOperationException("Could not find a free loopback port not already handed out.");
    }
}
