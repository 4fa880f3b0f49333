using System.Diagnostics;
using System.Net;

namespace WsisConnect.Testing;

/// <summary>One node of the real WsisConnect server, run as its own OS process with <c>dotnet WsisConnect.Server.dll</c>.</summary>
/// <remarks>
/// In-process hosts cannot be SIGKILLed, cannot run two Orleans silos with their own statics side by side, and
/// hide start-up and shutdown paths; a real process can be killed mid-write and restarted on the same data,
/// which is what crash-recovery and multi-node tests are about. The process listens on loopback only.
/// </remarks>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromSeconds(20);

    private readonly OutputTail _output = new();
    private readonly OutputTail _faults = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LineCount> _lineCounts = new();
    private readonly string _contentRoot;
    private Process? _process;

    /// <summary>Resolves the dll and the ports; <see cref="Start"/> launches it.</summary>
    public ServerProcess(ServerProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        DllPath = RepositoryLayout.FindServerDll();
        _contentRoot = RepositoryLayout.ServerContentRoot(DllPath);
        HttpPort = options.HttpPort ?? FreePort.Next();
        EmbeddedStorePort = options.EmbeddedStorePort ?? FreePort.Next();
        SiloPort = options.SiloPort ?? FreePort.Next();
        GatewayPort = options.GatewayPort ?? FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}/");
    }

    /// <summary>What this node was launched with.</summary>
    public ServerProcessOptions Options { get; }

    /// <summary>The server assembly being run.</summary>
    public string DllPath { get; }

    /// <summary>Where clients reach it, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The HTTP port; the same after a restart with <see cref="Start"/>.</summary>
    public int HttpPort { get; }

    /// <summary>Storage:EmbeddedPort given to the node.</summary>
    public int EmbeddedStorePort { get; }

    /// <summary>Orleans:SiloPort given to the node.</summary>
    public int SiloPort { get; }

    /// <summary>Orleans:GatewayPort given to the node.</summary>
    public int GatewayPort { get; }

    /// <summary>The OS process id of the current launch.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>Whether the current launch is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last ~200 error entries and exception lines the server wrote, over all its launches.</summary>
    public string RecentFaults => _faults.ToString();

    /// <summary>
    /// Lines the server has written to stdout so far, over all its launches, by log level ("info", "warn", "fail",
    /// "crit", "dbug", or "other" for continuation lines such as stack traces): how much a run made it log.
    /// </summary>
    public IReadOnlyDictionary<string, long> OutputLineCounts => _lineCounts.ToDictionary(kv => kv.Key, kv => Interlocked.Read(ref kv.Value.Count));

    /// <summary>The last ~200 lines the server wrote to stdout and stderr, for assertion messages.</summary>
    public string RecentOutput => _output.ToString();

    /// <summary>Starts a node and waits until /health/ready answers 200; disposes it if it never does.</summary>
    public static async Task<ServerProcess> StartAsync(ServerProcessOptions options, TimeSpan readyTimeout, CancellationToken cancellationToken = default)
    {
        var server = new ServerProcess(options);
        try
        {
            server.Start();
            await server.WaitUntilReadyAsync(readyTimeout, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Launches the process; after it has exited (say after <see cref="KillHard"/>) launches it again on the same ports and data.</summary>
    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"The server on {BaseAddress} is already running.");
        }

        _process?.Dispose();
        var process = new Process { StartInfo = ServerStartInfo.Create(this, _contentRoot), EnableRaisingEvents = true };
        _output.Attach(process);
        // Error entries and exception lines, kept apart so a long run's chatter does not push them out of view.
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line && (line.StartsWith("fail:", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal))) _faults.Add(line); };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) Interlocked.Increment(ref _lineCounts.GetOrAdd(LevelOf(line), _ => new LineCount()).Count); };
        process.Exited += (_, _) => _output.Add($"[process exited with code {ProcessControl.ExitCodeText(process)}]");
        _output.Add($"[starting {DllPath} on {BaseAddress}]");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>Polls GET /health/ready until it answers 200.</summary>
    /// <exception cref="InvalidOperationException">The process exited first.</exception>
    /// <exception cref="TimeoutException">It was not ready within <paramref name="timeout"/>.</exception>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var process = _process ?? throw new InvalidOperationException("The server has not been started.");
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        var lastAnswer = "no answer yet";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                // Drain stdout and stderr first: the last lines usually say why it stopped.
                await process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException(
                    $"The server on {BaseAddress} exited with code {ProcessControl.ExitCodeText(process)} before it was ready.{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastAnswer = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = e.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer = "request timed out";
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"The server on {BaseAddress} was not ready within {timeout.TotalSeconds:0.###} s (last: {lastAnswer}).{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Waits until the server has written a line containing <paramref name="text"/> (among its last ~200 lines).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!_output.Contains(text))
        {
            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"The server on {BaseAddress} did not write \"{text}\" within {timeout.TotalSeconds:0.###} s.{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>SIGKILLs the process (and any children) and waits for it to be gone: a crash, with no graceful stop.</summary>
    public void KillHard()
    {
        ProcessControl.KillHard(_process);
    }

    /// <summary>Sends SIGTERM, as an orchestrator would, and waits for the host to shut down; SIGKILLs it after the grace period (20 s by default).</summary>
    public async Task StopAsync(TimeSpan? gracePeriod = null)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        if (!ProcessControl.TrySendTerminate(process.Id))
        {
            KillHard();
            return;
        }

        using var timeout = new CancellationTokenSource(gracePeriod ?? DefaultGracePeriod);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _output.Add("[graceful stop timed out: killing]");
            KillHard();
        }
    }

    /// <summary>Stops the server gracefully if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public override string ToString() => BaseAddress.ToString();

    /// <summary>The level of a console log line ("12:00:00.000 warn: Category[0] ..."), or "other".</summary>
    private static string LevelOf(string line)
    {
        foreach (var level in Levels)
        {
            if (line.Contains(level.Marker, StringComparison.Ordinal))
            {
                return level.Name;
            }
        }
        return "other";
    }

    private static readonly (string Name, string Marker)[] Levels =
        [("info", "info: "), ("warn", "warn: "), ("fail", "fail: "), ("crit", "crit: "), ("dbug", "dbug: "), ("trce", "trce: ")];

    private sealed class LineCount
    {
        public long Count;
    }
}
