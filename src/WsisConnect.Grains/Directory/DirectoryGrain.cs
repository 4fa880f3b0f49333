using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Directory;

/// <summary>
/// The directory of listed people and their match vectors, in memory, stored as one hash field per person (so an
/// update writes one person, never the directory). Search and suggestions scan the arrays: linear, but a scan of
/// 60,000 compact entries is cheaper than any index to keep up to date.
/// </summary>
public sealed class DirectoryGrain(IConnectionMultiplexer redis, IOptions<StoreOptions> store) : Grain, IDirectoryGrain
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sessions = new(StringComparer.Ordinal);
    private readonly List<DirectoryEntry?> _entries = [];
    private readonly List<MatchVector> _vectors = [];

    private RedisKey Key => $"{store.Value.KeyPrefix}:directory:{this.GetPrimaryKeyString()}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var field in await redis.GetDatabase().HashGetAllAsync(Key))
        {
            Put(JsonSerializer.Deserialize<DirectoryEntry>((string)field.Value!, Json)!);
        }
    }

    public Task<DirectoryEntry[]> SearchAsync(string? text, int skip, int take)
    {
        var query = text?.Trim() ?? string.Empty;
        return Task.FromResult(_entries.OfType<DirectoryEntry>()
            .Where(e => query.Length == 0
                || e.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || (e.Organisation?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || string.Equals(e.Country, query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Name, StringComparer.CurrentCulture)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToArray());
    }

    public Task<Suggestion[]> SuggestAsync(string attendeeId, string[] exclude, int take)
    {
        if (!_slots.TryGetValue(attendeeId, out var mine) || _entries[mine] is not { } me)
        {
            return Task.FromResult<Suggestion[]>([]);
        }
        // Exclusions become slot numbers once, and are looked at only for someone who would enter the top few:
        // hashing a string for each of 60,000 people cost ten times the scoring itself.
        var skip = new HashSet<int>(exclude.Select(id => _slots.GetValueOrDefault(id, -1))) { mine };
        var count = Math.Clamp(take, 1, 50);
        // Keep the best few in a small heap while scanning everyone once.
        var best = new PriorityQueue<int, int>(count + 1);
        var vector = _vectors[mine];
        for (var i = 0; i < _vectors.Count; i++)
        {
            var score = vector.Score(_vectors[i]);
            if (score == 0 || (best.Count == count && best.TryPeek(out _, out var lowest) && score <= lowest)
                || _entries[i] is null || skip.Contains(i))
            {
                continue;
            }
            best.Enqueue(i, score);
            if (best.Count > count) best.Dequeue();
        }
        var picked = new List<(int Slot, int Score)>(best.Count);
        while (best.TryDequeue(out var slot, out var score)) picked.Add((slot, score));
        return Task.FromResult(picked.OrderByDescending(p => p.Score)
            .Select(p => new Suggestion(_entries[p.Slot]!, p.Score, MatchReasons.Between(me, _entries[p.Slot]!))).ToArray());
    }

    public async Task SetAsync(string attendeeId, DirectoryEntry? entry)
    {
        if (entry is null)
        {
            await redis.GetDatabase().HashDeleteAsync(Key, attendeeId);
            if (_slots.TryGetValue(attendeeId, out var slot)) _entries[slot] = null;
            return;
        }
        await redis.GetDatabase().HashSetAsync(Key, attendeeId, JsonSerializer.Serialize(entry, Json));
        Put(entry);
    }

    public async Task SetManyAsync(DirectoryEntry[] entries)
    {
        foreach (var chunk in entries.Chunk(2_000))
        {
            await redis.GetDatabase().HashSetAsync(Key, [.. chunk.Select(e => new HashEntry(e.AttendeeId, JsonSerializer.Serialize(e, Json)))]);
        }
        foreach (var entry in entries) Put(entry);
    }

    public async Task RemoveManyAsync(string[] attendeeIds)
    {
        foreach (var chunk in attendeeIds.Chunk(2_000))
        {
            await redis.GetDatabase().HashDeleteAsync(Key, [.. chunk.Select(id => (RedisValue)id)]);
        }
        foreach (var id in attendeeIds)
        {
            if (_slots.TryGetValue(id, out var slot)) _entries[slot] = null;
        }
    }

    private void Put(DirectoryEntry entry)
    {
        var vector = MatchVector.Of(entry, Word, SessionNumber);
        if (_slots.TryGetValue(entry.AttendeeId, out var slot))
        {
            _entries[slot] = entry;
            _vectors[slot] = vector;
            return;
        }
        _slots[entry.AttendeeId] = _entries.Count;
        _entries.Add(entry);
        _vectors.Add(vector);
    }

    public Task<DirectoryEntry?> GetAsync(string attendeeId) =>
        Task.FromResult(_slots.TryGetValue(attendeeId, out var slot) ? _entries[slot] : null);

    public async Task NoteCheckInAsync(string attendeeId, string sessionId)
    {
        if (_slots.TryGetValue(attendeeId, out var slot) && _entries[slot] is { } entry && !(entry.Sessions ?? []).Contains(sessionId))
        {
            await SetAsync(attendeeId, entry with { Sessions = [.. entry.Sessions ?? [], sessionId] });
        }
    }

    private int SessionNumber(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var number))
        {
            _sessions[sessionId] = number = _sessions.Count;
        }
        return number;
    }

    private int Word(string word)
    {
        if (!_words.TryGetValue(word, out var index))
        {
            _words[word] = index = _words.Count;
        }
        return index;
    }
}
