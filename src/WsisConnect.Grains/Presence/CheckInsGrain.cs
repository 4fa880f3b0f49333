using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Presence;

/// <summary>
/// Where one person is checked in: a set the session presence grains keep (one SADD at check-in), read here when
/// the person leaves the directory or their account, so neither has to visit every session of the week.
/// </summary>
[StatelessWorker]
public sealed class CheckInsGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store) : Grain, ICheckInsGrain
{
    /// <summary>The set of session ids <paramref name="attendeeId"/> is checked in to.</summary>
    internal static RedisKey Key(string prefix, string attendeeId) => $"{prefix}:checkins:{attendeeId}";

    public async Task SetListedAsync(bool listed)
    {
        var id = this.GetPrimaryKeyString();
        foreach (var session in await SessionsAsync())
        {
            await GrainFactory.GetGrain<ISessionPresenceGrain>(session).SetListedAsync(id, listed);
        }
    }

    public async Task CheckOutEverywhereAsync(Caller caller)
    {
        if (caller.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can check themselves out.");
        }
        foreach (var session in await SessionsAsync())
        {
            await GrainFactory.GetGrain<ISessionPresenceGrain>(session).CheckOutAsync(caller);
        }
    }

    public Task ForgetAsync() => Task.WhenAll(
        redis.GetDatabase().KeyDeleteAsync(Key(store.Value.KeyPrefix, this.GetPrimaryKeyString())),
        redis.GetDatabase().KeyDeleteAsync(AttendanceTallies.CountedKey(store.Value.KeyPrefix, this.GetPrimaryKeyString())));

    private async Task<string[]> SessionsAsync() =>
        [.. (await redis.GetDatabase().SetMembersAsync(Key(store.Value.KeyPrefix, this.GetPrimaryKeyString()))).Select(s => (string)s!)];
}
