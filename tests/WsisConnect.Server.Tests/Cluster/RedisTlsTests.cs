using StackExchange.Redis;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Identity;
using WsisConnect.Testing;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// Production Redis with a password and TLS: the server reaches it with <c>ssl=true</c> in Storage:Redis and
/// validates its certificate against the trusted CAs (here a private CA, trusted through SSL_CERT_FILE as an
/// operator would add it to the system store); a client that does not trust that CA is refused.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class RedisTlsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private RedisServerProcess _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServerProcess.StartAsync("tls-" + Guid.NewGuid().ToString("N"), tls: true);

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task TheServerWorksOnRedisOverTlsAndAClientNotTrustingItsCertificateIsRefused()
    {
        var options = new ServerProcessOptions
        {
            DataDirectory = _data.Path,
            Redis = _redis.ConnectionString,
            ServiceId = "tls-" + Guid.NewGuid().ToString("N")[..8],
            Environment = new Dictionary<string, string?> { ["SSL_CERT_FILE"] = _redis.Certificates!.CaCertificatePath },
        };
        await using var server = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        try
        {
            var api = new ForumApiClient(new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
            var registered = await api.RegisterAsync("Tariq Rahman", "Digital Bangladesh", "BD", StakeholderType.Government, "en");
            Assert.Equal("Tariq Rahman", (await api.GetMeAsync()).Name);
            await using var live = await LiveConnection.ConnectAsync(server.BaseAddress, registered.Token);
            await live.GetBadge();
        }
        finally
        {
            output.WriteLine(server.RecentOutput);
        }

        var untrusting = ConfigurationOptions.Parse(_redis.ConnectionString);
        untrusting.ConnectTimeout = 2000;
        await using var stranger = await ConnectionMultiplexer.ConnectAsync(untrusting);
        await Assert.ThrowsAnyAsync<RedisException>(() => stranger.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        var plain = ConfigurationOptions.Parse($"127.0.0.1:{_redis.Port},abortConnect=false,password={_redis.Password}");
        plain.ConnectTimeout = 2000;
        await using var cleartext = await ConnectionMultiplexer.ConnectAsync(plain);
        await Assert.ThrowsAnyAsync<RedisException>(() => cleartext.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
