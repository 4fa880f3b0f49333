namespace WsisConnect.Bench.Registration;

/// <summary>HTTP clients with a bounded connection pool: the load stays at the concurrency the run asks for.</summary>
public static class BenchHttp
{
    /// <summary>A client for <paramref name="server"/> holding at most <paramref name="connections"/> connections.</summary>
    public static HttpClient Create(Uri server, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(60),
        };
}
