using System.Net;
using Garnet;
using Garnet.server;
using Garnet.server.Auth.Settings;
using Microsoft.Extensions.Logging;

namespace WsisConnect.Storage;

/// <summary>
/// An in-process Garnet server: the single-node default, so one command gives a durable forum that uses the same
/// Redis providers as production. It listens on loopback and requires the password kept in its data folder
/// (<see cref="StorePassword"/>). Settings follow what was seen to work on Debian 12 (see shared stack notes).
/// </summary>
public sealed class EmbeddedGarnet : IDisposable
{
    private readonly GarnetServer _server;

    private EmbeddedGarnet(GarnetServer server, string dataDirectory, int port, string password)
    {
        _server = server;
        DataDirectory = dataDirectory;
        Port = port;
        Password = password;
    }

    /// <summary>The folder holding the append-only log, the on-disk log, checkpoints and the password.</summary>
    public string DataDirectory { get; }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>The password every connection must give.</summary>
    public string Password { get; }

    /// <summary>A StackExchange.Redis connection string for it, password included.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,password={Password}";

    /// <summary>Starts the store on loopback with the default checkpoint settings.</summary>
    public static EmbeddedGarnet Start(string dataDirectory, int port, bool waitForCommit) =>
        Start(dataDirectory, port, waitForCommit, EmbeddedStoreSettings.Default);

    /// <summary>
    /// Starts the store on loopback: recovers the last checkpoint in <paramref name="dataDirectory"/> and replays the
    /// append-only log written since. With <paramref name="loggerFactory"/>, Garnet logs under <c>Garnet.*</c>.
    /// </summary>
    public static EmbeddedGarnet Start(string dataDirectory, int port, bool waitForCommit, EmbeddedStoreSettings settings, ILoggerFactory? loggerFactory = null)
    {
        var password = StorePassword.LoadOrCreate(dataDirectory);
        var checkpoints = !string.IsNullOrWhiteSpace(settings.CheckpointAofSize);
        var options = new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            AuthSettings = new PasswordAuthenticationSettings(password),
            // Orleans' Redis providers run Lua scripts; LuaOptions must not be null.
            EnableLua = true,
            LuaOptions = new LuaOptions(null),
            EnableAOF = true,
            CommitFrequencyMs = 0,
            WaitForCommit = waitForCommit,
            CheckpointDir = dataDirectory,
            Recover = true,
            // Records that leave memory go to files here. Without a storage tier Garnet drops them (a null device),
            // so once the log outgrew memory, old records would survive only in the append-only log, and a
            // checkpoint that truncates that log would lose them.
            EnableStorageTier = true,
            LogDir = dataDirectory,
            SegmentSize = settings.LogSegmentSize,
            LogMemorySize = "64m",
            PageSize = "1m",
            IndexMemorySize = "16m",
            AofMemorySize = "16m",
            AofPageSize = "4m",
            AofSegmentSize = "4m",
            // A checkpoint covers the append-only log up to where it started; the log is then truncated to there.
            // Replay after a crash skips records of versions the checkpoint holds, so an increment is never applied twice.
            AofSizeLimit = checkpoints ? settings.CheckpointAofSize : "",
            AofSizeLimitEnforceFrequencySecs = 5,
            // Each checkpoint first compacts (Scan: copy live records of the oldest segments to the tail); the
            // checkpoint then deletes the segments it no longer needs. Never delete before a checkpoint: the last
            // checkpoint may still point into them.
            CompactionType = checkpoints ? LogCompactionType.Scan : LogCompactionType.None,
            CompactionMaxSegments = settings.CompactionSegments,
            CompactionForceDelete = false,
            QuietMode = true,
            // The default native driver needs libaio and glibc 2.38 and aborts the process at the first AOF write on Debian 12.
            DeviceType = Tsavorite.core.DeviceType.RandomAccess,
        };
        var server = new GarnetServer(options, loggerFactory is null ? null : new GarnetLoggerFactory(loggerFactory));
        server.Start();
        return new EmbeddedGarnet(server, dataDirectory, port, password);
    }

    /// <summary>Stops the server; the data stays on disk.</summary>
    public void Dispose() => _server.Dispose();
}
