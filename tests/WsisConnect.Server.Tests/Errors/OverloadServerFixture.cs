using WsisConnect.Server.Tests.Infrastructure;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>
/// A server on a redis-server the tests can pause, that runs one hub call at a time and answers a call still running
/// after 200 ms with <c>server.busy</c>: a paused store holds a call in flight for as long as the test wants, so the
/// overload paths are reached without racing the clock.
/// </summary>
public sealed class OverloadServerFixture : ForumServerFixture
{
    public RedisServerProcess Redis { get; private set; } = null!;

    protected override async Task<IReadOnlyDictionary<string, string>> PrepareAsync()
    {
        Redis = await RedisServerProcess.StartAsync();
        return new Dictionary<string, string>
        {
            // Long enough that a call meeting the paused store stays in flight until the test resumes it.
            ["Storage:Redis"] = $"{Redis.ConnectionString},syncTimeout=30000,asyncTimeout=30000",
            ["Realtime:MaxCallsInFlight"] = "1",
            ["Realtime:CallDeadline"] = "00:00:00.200",
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

/// <summary>Tests that overload their own server.</summary>
[CollectionDefinition(Name)]
public sealed class OverloadCollection : ICollectionFixture<OverloadServerFixture>
{
    public const string Name = "overload";
}
