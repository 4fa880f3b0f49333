using WsisConnect.Client.Http;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// Two server processes on one password-protected redis-server, started without the demo, whose first organiser
/// comes from configuration: a forum as organisers run it, for tests that send a write to one node and its retry
/// to the other, whose cache of recent answers the first node does not share.
/// </summary>
public sealed class TwoNodeForum : IAsyncLifetime
{
    /// <summary>The configured organiser's personal access code.</summary>
    public const string OrganiserCode = "RETRY-ORGA-NISE-2026";

    private readonly TempDirectory _data = new();
    private RedisServerProcess _redis = null!;

    public ServerProcess NodeA { get; private set; } = null!;

    public ServerProcess NodeB { get; private set; } = null!;

    /// <summary>The organiser's bearer token, good on both nodes (the signing key is kept in the store).</summary>
    public string OrganiserToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync(password: "retry-" + Guid.NewGuid().ToString("N"));
        var options = new ServerProcessOptions
        {
            DataDirectory = _data.Path,
            Redis = _redis.ConnectionString,
            ServiceId = "retry-nodes-" + Guid.NewGuid().ToString("N")[..8],
            Environment = new Dictionary<string, string?>
            {
                ["Orleans__AdvertisedIP"] = "127.0.0.1",
                ["Setup__OrganiserCode"] = OrganiserCode,
                ["Setup__OrganiserName"] = "Retrying Organiser",
            },
        };
        NodeA = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        NodeB = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        OrganiserToken = (await Api(NodeA).SignInAsync(OrganiserCode).WaitAsync(TimeSpan.FromSeconds(60))).Token;
    }

    /// <summary>An SDK client for <paramref name="node"/>, signed in with <paramref name="token"/> if given.</summary>
    public static ForumApiClient Api(ServerProcess node, string? token = null) =>
        new(new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(30) }) { Token = token };

    public async Task DisposeAsync()
    {
        if (NodeB is not null) await NodeB.DisposeAsync();
        if (NodeA is not null) await NodeA.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        _data.Dispose();
    }
}
