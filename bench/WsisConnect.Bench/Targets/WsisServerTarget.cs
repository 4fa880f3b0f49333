using WsisConnect.Testing;

namespace WsisConnect.Bench.Targets;

/// <summary>
/// A fresh WsisConnect server process: the build of the tool's configuration, an empty data folder, the embedded
/// Garnet store, the demo forum, production settings and a sign-in limit high enough for one load-generating address.
/// </summary>
public sealed class WsisServerTarget : IBenchTarget
{
    private readonly ServerProcess _server;
    private readonly TempDirectory _data;

    private WsisServerTarget(ServerProcess server, TempDirectory data)
    {
        _server = server;
        _data = data;
    }

    public string Name => "WsisConnect";

    public Uri BaseAddress => _server.BaseAddress;

    public int? ProcessId => _server.IsRunning ? _server.ProcessId : null;

    public string Description => $"{_server.DllPath} (Production, embedded Garnet, demo data, fresh data folder)";

    /// <summary>Starts the server and waits for /health/ready.</summary>
    public static async Task<WsisServerTarget> StartAsync(CancellationToken ct)
    {
        // ServerProcess runs WSIS_SERVER_DLL when set; point it at the build of this tool's own configuration.
        var dll = Environment.GetEnvironmentVariable(RepositoryLayout.ServerDllVariable) is { Length: > 0 } chosen ? chosen : BuildOutputs.WsisServerDll;
        Environment.SetEnvironmentVariable(RepositoryLayout.ServerDllVariable, dll);
        var data = new TempDirectory("wsis-bench-");
        var options = new ServerProcessOptions
        {
            DataDirectory = data.Path,
            DemoEnabled = true,
            ServiceId = "wsisconnect",
            Environment = new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryLayout.FindRoot(), "src", "WsisConnect.Server"),
                // Every simulated person signs in from 127.0.0.1, and the limit is per address.
                ["Auth__AttemptsPerMinute"] = "1000000",
                // The test harness forces workstation GC; a benchmark runs what a deployment runs (the project's default).
                ["DOTNET_gcServer"] = null,
            },
        };
        var server = new ServerProcess(options);
        try
        {
            server.Start();
            ChildProcesses.Track(server.ProcessId);
            // Loading the demo forum takes seconds on a quiet machine and minutes on a shared, overloaded one.
            await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(5), ct);
            return new WsisServerTarget(server, data);
        }
        catch
        {
            await server.DisposeAsync();
            data.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long>? LogLineCounts => _server.OutputLineCounts;

    /// <summary>The embedded Garnet, with the password the server wrote next to its data.</summary>
    public string? StoreConnection => File.Exists(Path.Combine(_data.Path, "store.password"))
        ? $"127.0.0.1:{_server.EmbeddedStorePort},password={File.ReadAllText(Path.Combine(_data.Path, "store.password")).Trim()}"
        : null;

    /// <summary>The server's last error entries and exception lines.</summary>
    public string RecentFaults => _server.RecentFaults;

    /// <summary>The server's last output lines, for a failure report.</summary>
    public string RecentOutput => _server.RecentOutput;

    public async ValueTask DisposeAsync()
    {
        var pid = ProcessId;
        await _server.DisposeAsync();
        if (pid is { } p)
        {
            ChildProcesses.Forget(p);
        }
        _data.Dispose();
    }
}
