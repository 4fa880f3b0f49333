using System.Diagnostics;
using StackExchange.Redis;

namespace WsisConnect.Testing;

/// <summary>A private Debian <c>redis-server</c> on a free loopback port with its own data directory.</summary>
/// <remarks>
/// Tests start their own instead of using the system service so that they need no systemd, never see
/// another run's keys, and can kill or restart the store to test what the server does without it.
/// The append-only file is fsynced on every write, so "Redis acknowledged it" means "it survives a kill".
/// </remarks>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private const string InstallHint = "Install it with: apt-get install -y redis-server (test.sh does this).";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _executable;
    private readonly TempDirectory _directory;
    private readonly OutputTail _output = new();
    private Process? _process;

    private RedisServerProcess(string executable, int port, string? password, bool tls)
    {
        _executable = executable;
        Port = port;
        Password = password;
        _directory = new TempDirectory("wsis-redis-");
        Certificates = tls ? TestCertificateAuthority.CreateIn(_directory.Path) : null;
    }

    /// <summary>With TLS, the CA that signed the server's certificate (clients must trust it); else null.</summary>
    public TestCertificateAuthority? Certificates { get; }

    /// <summary>The password clients must give (<c>requirepass</c>), or null for none.</summary>
    public string? Password { get; }

    /// <summary>The loopback port it listens on; kept across <see cref="RestartAsync"/>.</summary>
    public int Port { get; }

    /// <summary>Where its append-only file lives; kept across <see cref="RestartAsync"/>.</summary>
    public string DataDirectory => _directory.Path;

    /// <summary>A StackExchange.Redis connection string for it, with its password if it has one; abortConnect=false so clients ride out restarts.</summary>
    public string ConnectionString => ConnectionStringWithout + (Password is null ? "" : $",password={Password}");

    /// <summary>The same connection string without the password, for tests that must be refused.</summary>
    public string ConnectionStringWithout => $"127.0.0.1:{Port},abortConnect=false" + (Certificates is null ? "" : ",ssl=true,sslHost=localhost");

    /// <summary>Whether the process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines redis-server printed, for assertion messages.</summary>
    public string RecentOutput => _output.ToString();

    /// <summary>Starts a new instance and returns once it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed, or did not come up.</exception>
    public static Task<RedisServerProcess> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(password: null, cancellationToken);

    /// <summary>Starts a new instance that requires <paramref name="password"/> (null: none) and returns once it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed, or did not come up.</exception>
    public static Task<RedisServerProcess> StartAsync(string? password, CancellationToken cancellationToken = default) =>
        StartAsync(password, tls: false, cancellationToken);

    /// <summary>
    /// Starts a new instance that requires <paramref name="password"/> (null: none) and, with <paramref name="tls"/>,
    /// accepts only TLS connections, with a certificate from a fresh <see cref="TestCertificateAuthority"/>.
    /// </summary>
    public static async Task<RedisServerProcess> StartAsync(string? password, bool tls, CancellationToken cancellationToken = default)
    {
        var redis = new RedisServerProcess(FindExecutable(), FreePort.Next(), password, tls);
        try
        {
            await redis.LaunchAsync(cancellationToken);
            return redis;
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILLs the process: no shutdown, no final fsync, as in a crash.</summary>
    public void KillHard()
    {
        ProcessControl.KillHard(_process);
    }

    /// <summary>
    /// SIGSTOPs the process: it keeps its connections open and answers nothing, as a store that hangs does (a GC
    /// pause, a stalled disk, a frozen VM). Commands sent meanwhile wait, and run once it is resumed.
    /// </summary>
    public void Pause() => Signal("STOP");

    /// <summary>SIGCONTs a paused process.</summary>
    public void Resume() => Signal("CONT");

    private void Signal(string signal)
    {
        if (_process is not { HasExited: false } process || !ProcessControl.TrySendSignal(process.Id, signal))
        {
            throw new InvalidOperationException($"Could not send SIG{signal} to redis-server on port {Port}.");
        }
    }

    /// <summary>Starts it again on the same port and directory (replaying its append-only file), killing it first if it runs.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        KillHard();
        _process?.Dispose();
        _process = null;
        await LaunchAsync(cancellationToken);
    }

    /// <summary>Kills the process and deletes its data directory.</summary>
    public ValueTask DisposeAsync()
    {
        KillHard();
        _process?.Dispose();
        _process = null;
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => ConnectionString;

    private static string FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .Append("/usr/bin/redis-server")
            .Append("/usr/local/bin/redis-server");
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"redis-server was not found on PATH or in /usr/bin. {InstallHint}");
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = DataDirectory,
        };
        if (Password is not null)
        {
            // In a config file, not on the command line, where any local user could read it in ps, as in production.
            var config = Path.Combine(DataDirectory, "auth.conf");
            File.WriteAllText(config, $"requirepass \"{Password}\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            start.ArgumentList.Add(config);
        }

        var listen = Certificates is { } tls
            ? new[]
            {
                "--port", "0", "--tls-port", Port.ToString(), "--tls-cert-file", tls.ServerCertificatePath,
                "--tls-key-file", tls.ServerKeyPath, "--tls-ca-cert-file", tls.CaCertificatePath, "--tls-auth-clients", "no",
            }
            : ["--port", Port.ToString()];
        foreach (var argument in listen.Concat(new[]
                 {
                     "--bind", "127.0.0.1", "--dir", DataDirectory,
                     "--save", string.Empty, "--appendonly", "yes", "--appendfsync", "always",
                     "--protected-mode", "yes", "--daemonize", "no",
                 }))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        _output.Attach(process);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {_executable}. {InstallHint}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitForPingAsync(process, cancellationToken);
    }

    private async Task WaitForPingAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        var options = ConfigurationOptions.Parse(ConnectionString);
        if (Certificates is not null)
        {
            options.TrustIssuer(Certificates.CaCertificatePath);
        }
        options.ConnectTimeout = 1000;
        options.ConnectRetry = 1;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"redis-server on port {Port} exited with code {process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                if (connection.IsConnected)
                {
                    await connection.GetDatabase().PingAsync();
                    return;
                }
            }
            catch (RedisException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"redis-server on port {Port} did not answer PING within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
