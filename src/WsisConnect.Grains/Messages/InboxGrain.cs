using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Messages;

/// <summary>Reads the unread hash the conversations keep for one person (see <see cref="ConversationGrain.UnreadKey"/>).</summary>
[StatelessWorker]
public sealed class InboxGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store) : Grain, IInboxGrain
{
    private RedisKey Unread => ConversationGrain.UnreadKey(store.Value.KeyPrefix, this.GetPrimaryKeyString());

    public async Task<Dictionary<string, long>> GetUnreadAsync() =>
        (await redis.GetDatabase().HashGetAllAsync(Unread)).Where(e => (long)e.Value > 0).ToDictionary(e => (string)e.Name!, e => (long)e.Value);

    public Task EraseAsync() => redis.GetDatabase().KeyDeleteAsync(Unread);
}
