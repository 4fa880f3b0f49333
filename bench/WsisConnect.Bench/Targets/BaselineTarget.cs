using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Targets;

/// <summary>The bare SignalR hub (bench/WsisConnect.Bench.Baseline) as a child process on a free loopback port.</summary>
public sealed class BaselineTarget : IBenchTarget
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BaselineTarget(Process process, Uri baseAddress, string dll)
    {
        _process = process;
        BaseAddress = baseAddress;
        Description = $"{dll} (Production)";
    }

    public string Name => "baseline";

    public Uri BaseAddress { get; }

    public int? ProcessId => _process.HasExited ? null : _process.Id;

    public string Description { get; }

    /// <summary>Starts the baseline and waits until it answers /health/ready.</summary>
    public static async Task<BaselineTarget> StartAsync(CancellationToken ct)
    {
        var dll = BuildOutputs.BaselineDll;
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_gcServer" })
        {
            start.Environment.Remove(inherited);
        }
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start };
        var target = new BaselineTarget(process, new Uri(url + "/"), dll);
        process.OutputDataReceived += (_, e) => target.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => target.Keep(e.Data);
        process.Start();
        ChildProcesses.Track(process.Id);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await target.WaitUntilReadyAsync(ct);
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var pid = _process.Id;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        ChildProcesses.Forget(pid);
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The baseline exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The baseline on {BaseAddress} was not ready within 30 s:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
            await Task.Delay(100, ct);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 100 && _output.TryDequeue(out _))
        {
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is { Length: > 0 } && File.Exists(host) ? host : "dotnet";
    }
}
