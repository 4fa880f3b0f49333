using WsisConnect.Server.Tests.Infrastructure;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>
/// The real server on a redis-server of its own that tests may pause and resume, with one-second client timeouts
/// so a pause of a few seconds outlasts them, and with the token signing key generated and kept in that store.
/// </summary>
public sealed class StoreOutageServerFixture : ForumServerFixture
{
    /// <summary>The store's own client timeout, in milliseconds.</summary>
    public const int StoreTimeoutMilliseconds = 1000;

    public RedisServerProcess Redis { get; private set; } = null!;

    protected override async Task<IReadOnlyDictionary<string, string>> PrepareAsync()
    {
        Redis = await RedisServerProcess.StartAsync();
        return new Dictionary<string, string>
        {
            ["Storage:Redis"] = $"{Redis.ConnectionString},syncTimeout={StoreTimeoutMilliseconds},asyncTimeout={StoreTimeoutMilliseconds}",
            // Empty: the key is generated once and kept in the store, so its first use needs the store.
            ["Auth:SigningKey"] = "",
        };
    }

    protected override async Task CleanUpAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}

/// <summary>Tests that pause the store of their own server.</summary>
[CollectionDefinition(Name)]
public sealed class StoreOutageCollection : ICollectionFixture<StoreOutageServerFixture>
{
    public const string Name = "store-outage";
}
