using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Polls;

/// <summary>Reads the set of sessions with polls that <see cref="SessionPollsGrain"/> adds to; holds nothing.</summary>
[StatelessWorker]
public sealed class PolledSessionsGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store) : Grain, IPolledSessionsGrain
{
    /// <summary>The set of session ids with polls.</summary>
    internal static RedisKey Key(string prefix) => $"{prefix}:polls:sessions";

    public async Task<string[]> GetAsync() =>
        [.. (await redis.GetDatabase().SetMembersAsync(Key(store.Value.KeyPrefix))).Select(s => (string)s!).Order(StringComparer.Ordinal)];
}
