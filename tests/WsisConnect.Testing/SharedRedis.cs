namespace WsisConnect.Testing;

/// <summary>One Redis for a whole xunit test collection, so tests do not each pay for starting one.</summary>
/// <remarks>
/// Use it as a collection fixture: xunit only reads <c>[CollectionDefinition]</c> from the test assembly itself,
/// so each test project declares
/// <c>[CollectionDefinition("redis")] public sealed class RedisCollection : ICollectionFixture&lt;SharedRedis&gt;;</c>.
/// Set WSIS_TEST_REDIS to a connection string to test against an existing Redis (or Garnet) instead.
/// Tests in a collection share the keyspace: give each its own Orleans ServiceId or key prefix.
/// </remarks>
public sealed class SharedRedis : Xunit.IAsyncLifetime
{
    /// <summary>The environment variable that names an existing store to use instead of starting one.</summary>
    public const string EnvironmentVariable = "WSIS_TEST_REDIS";

    private RedisServerProcess? _process;
    private string? _connectionString;

    /// <summary>A StackExchange.Redis connection string for the shared store.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("SharedRedis is used before xunit initialised it.");

    /// <summary>The process this fixture started, or null when WSIS_TEST_REDIS points at an outside store.</summary>
    public RedisServerProcess? Process => _process;

    /// <summary>Starts redis-server unless WSIS_TEST_REDIS is set.</summary>
    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _connectionString = external;
            return;
        }

        _process = await RedisServerProcess.StartAsync();
        _connectionString = _process.ConnectionString;
    }

    /// <summary>Stops the redis-server this fixture started.</summary>
    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }
}
