using System.Net;
using Garnet;
using Garnet.server;

namespace WsisConnect.Server.Storage;

/// <summary>
/// An in-process Garnet server: the single-node default, so one command gives a durable forum that uses the same
/// Redis providers as production. Settings follow what was seen to work on Debian 12 (see docs/operations.md).
/// </summary>
public sealed class EmbeddedGarnet : IDisposable
{
    private readonly GarnetServer _server;

    private EmbeddedGarnet(GarnetServer server, string dataDirectory, int port)
    {
        _server = server;
        DataDirectory = dataDirectory;
        Port = port;
    }

    /// <summary>The folder holding the append-only log and checkpoints.</summary>
    public string DataDirectory { get; }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string for StackExchange.Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    /// <summary>Starts the store on loopback, replaying the append-only log found in <paramref name="dataDirectory"/>.</summary>
    public static EmbeddedGarnet Start(string dataDirectory, int port, bool waitForCommit)
    {
        Directory.CreateDirectory(dataDirectory);
        var options = new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            // Orleans' Redis providers run Lua scripts; LuaOptions must not be null.
            EnableLua = true,
            LuaOptions = new LuaOptions(null),
            EnableAOF = true,
            CommitFrequencyMs = 0,
            WaitForCommit = waitForCommit,
            CheckpointDir = dataDirectory,
            Recover = true,
            LogMemorySize = "64m",
            PageSize = "1m",
            IndexMemorySize = "16m",
            AofMemorySize = "16m",
            AofPageSize = "4m",
            QuietMode = true,
            // The default native driver needs libaio and glibc 2.38 and aborts the process at the first AOF write on Debian 12.
            DeviceType = Tsavorite.core.DeviceType.RandomAccess,
        };
        var server = new GarnetServer(options);
        server.Start();
        return new EmbeddedGarnet(server, dataDirectory, port);
    }

    /// <summary>Stops the server; the data stays on disk.</summary>
    public void Dispose() => _server.Dispose();
}
