using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// Stores a session's questions as Redis structures rather than one grain-state blob: a hash with one field per
/// question and a set of voters per question. An upvote is then one SADD and a moderation one HSET, whatever the
/// size of the queue, instead of re-serialising every question and voter on each event. A withdrawn upvote moves
/// its voter to a second set (one SMOVE), so who has ever upvoted survives reactivation at no extra command.
/// </summary>
public sealed class QuestionStore(IConnectionMultiplexer redis, IOptions<StoreOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Every stored question of a session with its voters and those who withdrew an upvote.</summary>
    public async Task<IReadOnlyList<QuestionEntry>> LoadAsync(string sessionId)
    {
        var fields = await Db.HashGetAllAsync(QuestionsKey(sessionId));
        var records = fields.Select(f => JsonSerializer.Deserialize<QuestionRecord>((string)f.Value!, Json)!).ToList();
        var batch = Db.CreateBatch();
        var voterReads = records.Select(r => batch.SetMembersAsync(VotersKey(sessionId, r.Id))).ToList();
        var withdrawnReads = records.Select(r => batch.SetMembersAsync(WithdrawnKey(sessionId, r.Id))).ToList();
        batch.Execute();
        var voters = await Task.WhenAll(voterReads);
        var withdrawn = await Task.WhenAll(withdrawnReads);
        return [.. records.Select((r, i) => new QuestionEntry(r, Ids(voters[i]), Ids(withdrawn[i])))];
    }

    /// <summary>The stored questions of each of <paramref name="sessionIds"/> (without voters), in one round trip.</summary>
    public async Task<IReadOnlyList<QuestionRecord>[]> LoadRecordsAsync(string[] sessionIds)
    {
        var batch = Db.CreateBatch();
        var reads = sessionIds.Select(id => batch.HashValuesAsync(QuestionsKey(id))).ToArray();
        batch.Execute();
        var values = await Task.WhenAll(reads);
        return [.. values.Select(v => (IReadOnlyList<QuestionRecord>)[.. v.Select(f => JsonSerializer.Deserialize<QuestionRecord>((string)f!, Json)!)])];
    }

    /// <summary>Writes one or more questions in a single command, so a pin that unpins another is all or nothing.</summary>
    public Task SaveAsync(string sessionId, params ReadOnlySpan<QuestionRecord> records)
    {
        var entries = new HashEntry[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            entries[i] = new HashEntry(records[i].Id, JsonSerializer.Serialize(records[i], Json));
        }
        return Db.HashSetAsync(QuestionsKey(sessionId), entries);
    }

    /// <summary>Notes that a person asked in a session, so their data can be found for export or deletion.</summary>
    public Task RememberAskerAsync(string sessionId, string attendeeId) => Db.SetAddAsync(AskedKey(options.Value.KeyPrefix, attendeeId), sessionId);

    /// <summary>The sessions a person asked in (read through <see cref="QuestionAuthorGrain"/>).</summary>
    internal static RedisKey AskedKey(string prefix, string attendeeId) => $"{prefix}:asked:{attendeeId}";

    /// <summary>Records an upvote; false when the person had already upvoted.</summary>
    public Task<bool> AddVoterAsync(string sessionId, int questionId, string attendeeId) =>
        Db.SetAddAsync(VotersKey(sessionId, questionId), attendeeId);

    /// <summary>Takes an upvote back, remembering the voter among those who withdrew; false when there was none.</summary>
    public Task<bool> RemoveVoterAsync(string sessionId, int questionId, string attendeeId) =>
        Db.SetMoveAsync(VotersKey(sessionId, questionId), WithdrawnKey(sessionId, questionId), attendeeId);

    private static HashSet<string> Ids(RedisValue[] members) => members.Select(v => (string)v!).ToHashSet(StringComparer.Ordinal);

    private RedisKey QuestionsKey(string sessionId) => $"{options.Value.KeyPrefix}:qa:{{{sessionId}}}:questions";

    private RedisKey VotersKey(string sessionId, int questionId) =>
        $"{options.Value.KeyPrefix}:qa:{{{sessionId}}}:voters:{questionId}";

    private RedisKey WithdrawnKey(string sessionId, int questionId) =>
        $"{options.Value.KeyPrefix}:qa:{{{sessionId}}}:withdrawn:{questionId}";
}
