using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Messages;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Messages;

/// <summary>
/// Two contacts' messages: a Redis list appended to (so a message is one RPUSH whose reply is its sequence
/// number, and a page is one LRANGE), with each side's unread count in that person's unread hash.
/// </summary>
public sealed class ConversationGrain(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    ILiveBroadcaster broadcaster,
    TimeProvider time) : Grain, IConversationGrain
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long a message's operation id is remembered: a retry comes within minutes.</summary>
    private static readonly TimeSpan OperationMemory = TimeSpan.FromHours(1);

    // Appends a message once per operation: the check and the append are one step, so two attempts of one
    // operation arriving together (through two nodes) cannot both append. Returns the new sequence, or minus the
    // sequence the operation appended before.
    private const string AppendScript = """
        if ARGV[2] == '1' then
            local seen = redis.call('GET', KEYS[2])
            if seen then return -tonumber(seen) end
        end
        local sequence = redis.call('RPUSH', KEYS[1], ARGV[1])
        if ARGV[2] == '1' then redis.call('SET', KEYS[2], sequence, 'EX', ARGV[3]) end
        return sequence
        """;

    private ContactPairKey Pair => ContactPairKey.Parse(this.GetPrimaryKeyString());
    private IDatabase Db => redis.GetDatabase();
    private RedisKey Messages => $"{store.Value.KeyPrefix}:conv:{{{this.GetPrimaryKeyString()}}}:messages";

    /// <summary>Where a person's unread counts per conversation live (read through <see cref="InboxGrain"/>).</summary>
    internal static RedisKey UnreadKey(string prefix, string attendeeId) => $"{prefix}:unread:{attendeeId}";

    public async Task<DirectMessage> SendAsync(Caller caller, string text)
    {
        var to = OtherThan(caller);
        var operation = CurrentOperation.Key;
        if (operation is not null && await SentByAsync(operation) is { } sent)
        {
            return sent;
        }
        var body = (text ?? string.Empty).Trim();
        if (body.Length is 0 or > NetworkingLimits.MaxMessageLength)
        {
            throw new ForumException(ErrorCodes.MessageInvalid, $"A message has 1 to {NetworkingLimits.MaxMessageLength} characters.");
        }
        if (!await GrainFactory.GetGrain<IContactPairGrain>(this.GetPrimaryKeyString()).AreContactsAsync())
        {
            throw new ForumException(ErrorCodes.NotAContact, "You can message your contacts only.");
        }
        // The sender's book holds the limit: it spans every conversation of theirs, and there is one per person.
        await GrainFactory.GetGrain<IContactBookGrain>(caller.AttendeeId).CountOutgoingMessageAsync();
        var now = time.GetUtcNow();
        if (await GrainFactory.GetGrain<IContactBookGrain>(to).HasBlockedAsync(caller.AttendeeId))
        {
            // Refused silently: the sender is not told they are blocked, and nothing is stored or delivered.
            return new DirectMessage(this.GetPrimaryKeyString(), 0, caller.AttendeeId, to, body, now);
        }
        var draft = new DirectMessage(this.GetPrimaryKeyString(), 0, caller.AttendeeId, to, body, now);
        var appended = (long)await Db.ScriptEvaluateAsync(AppendScript, [Messages, OperationKey(operation)],
            [JsonSerializer.Serialize(draft, Json), operation is null ? 0 : 1, (long)OperationMemory.TotalSeconds]);
        if (appended < 0)
        {
            // Another attempt of the same operation got there first (they raced through the check above).
            return (await SentByAsync(operation!))!;
        }
        await Db.HashIncrementAsync(UnreadKey(store.Value.KeyPrefix, to), caller.AttendeeId);
        var message = draft with { Sequence = appended };
        await Task.WhenAll(broadcaster.MessageReceivedAsync(to, message), broadcaster.MessageReceivedAsync(caller.AttendeeId, message));
        return message;
    }

    /// <summary>The message an operation appended, if it did.</summary>
    private async Task<DirectMessage?> SentByAsync(string operation)
    {
        if ((long?)await Db.StringGetAsync(OperationKey(operation)) is not { } sequence)
        {
            return null;
        }
        var stored = await Db.ListGetByIndexAsync(Messages, sequence - 1);
        return stored.IsNull ? null : JsonSerializer.Deserialize<DirectMessage>((string)stored!, Json)! with { Sequence = sequence };
    }

    /// <summary>Where an operation's message sequence is remembered: beside the messages (same hash slot).</summary>
    private RedisKey OperationKey(string? operation) =>
        $"{store.Value.KeyPrefix}:conv:{{{this.GetPrimaryKeyString()}}}:op:{operation ?? "-"}";

    public async Task<MessagePage> GetPageAsync(Caller caller, long? beforeSequence, int take)
    {
        var other = OtherThan(caller);
        var total = await Db.ListLengthAsync(Messages);
        var end = Math.Min(total, (beforeSequence ?? total + 1) - 1);
        var count = Math.Clamp(take, 1, 100);
        var start = Math.Max(0, end - count);
        var raw = end <= 0 ? [] : await Db.ListRangeAsync(Messages, start, end - 1);
        var messages = raw.Select((m, i) => JsonSerializer.Deserialize<DirectMessage>((string)m!, Json)! with { Sequence = start + i + 1 }).ToArray();
        var unread = (long?)await Db.HashGetAsync(UnreadKey(store.Value.KeyPrefix, caller.AttendeeId), other) ?? 0;
        return new MessagePage(messages, start > 0, unread);
    }

    public async Task<long> MarkReadAsync(Caller caller, long sequence)
    {
        var other = OtherThan(caller);
        var total = await Db.ListLengthAsync(Messages);
        // Unread counts only messages the other person sent after the caller's read mark.
        var raw = sequence >= total ? [] : await Db.ListRangeAsync(Messages, Math.Max(0, sequence), -1);
        var unread = raw.Count(m => JsonSerializer.Deserialize<DirectMessage>((string)m!, Json)!.FromId == other);
        await Db.HashSetAsync(UnreadKey(store.Value.KeyPrefix, caller.AttendeeId), other, unread);
        return unread;
    }

    public async Task EraseAsync()
    {
        var pair = Pair;
        await Db.KeyDeleteAsync(Messages);
        await Db.HashDeleteAsync(UnreadKey(store.Value.KeyPrefix, pair.First), pair.Second);
        await Db.HashDeleteAsync(UnreadKey(store.Value.KeyPrefix, pair.Second), pair.First);
    }

    private string OtherThan(Caller caller)
    {
        var pair = Pair;
        if (caller.AttendeeId != pair.First && caller.AttendeeId != pair.Second)
        {
            throw new ForumException(ErrorCodes.Forbidden, "This conversation is not yours.");
        }
        return pair.Other(caller.AttendeeId);
    }
}
