using Microsoft.Extensions.Logging;

namespace WsisConnect.Storage;

/// <summary>
/// Hands the embedded Garnet the node's own logging, under categories starting with <c>Garnet.</c>: its recovery,
/// checkpoint and fault messages then land in the same log as the server's, and <c>Logging:LogLevel:Garnet</c>
/// sets how much of it (Warning by default; Information shows recovery and checkpoint timings).
/// </summary>
internal sealed class GarnetLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => inner.CreateLogger("Garnet." + categoryName);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The node's factory belongs to the container; Garnet must not dispose it.
    public void Dispose()
    {
    }
}
