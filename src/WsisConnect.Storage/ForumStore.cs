using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace WsisConnect.Storage;

/// <summary>
/// The store the whole node uses: a configured Redis, or the embedded Garnet started here. A singleton: the first
/// provider that needs a connection string starts it, and the container disposes it after the silo has stopped.
/// </summary>
public sealed class ForumStore : IDisposable
{
    private ForumStore(string connectionString, EmbeddedGarnet? embedded, TimeSpan openedIn)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
        OpenedIn = openedIn;
    }

    /// <summary>How long the embedded store took to start: recovering its last checkpoint and replaying its log.</summary>
    public TimeSpan OpenedIn { get; }

    /// <summary>
    /// The StackExchange.Redis connection string every connection of the node uses (Orleans clustering, grain
    /// storage, the SignalR backplane, the node's own multiplexers), with the store's password in it.
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>The embedded store, or null when a Redis is configured.</summary>
    public EmbeddedGarnet? Embedded { get; }

    /// <summary>Opens the configured Redis or starts the embedded store.</summary>
    public static ForumStore Open(StorageOptions options, string contentRoot, ILoggerFactory? loggerFactory = null)
    {
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            return new ForumStore(options.Redis, embedded: null, TimeSpan.Zero);
        }
        var started = Stopwatch.GetTimestamp();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        var embedded = EmbeddedGarnet.Start(dataDirectory, options.EmbeddedPort, options.WaitForCommit, options.EmbeddedSettings, loggerFactory);
        return new ForumStore(embedded.ConnectionString, embedded, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Describes the store for the start-up log; the recovery time tells an operator what a restart costs.</summary>
    public string Describe() => Embedded is { } e
        ? $"embedded Garnet on 127.0.0.1:{e.Port} (password in {StorePassword.FileName}), data in {e.DataDirectory}, recovered in {OpenedIn.TotalMilliseconds:0} ms"
        : "Redis at " + RedactPassword(ConnectionString);

    /// <summary>Stops the embedded store, if any; call after the host has stopped.</summary>
    public void Dispose() => Embedded?.Dispose();

    private static string RedactPassword(string connectionString) =>
        string.Join(',', connectionString.Split(',').Select(p => p.TrimStart().StartsWith("password=", StringComparison.OrdinalIgnoreCase) ? "password=***" : p));
}
