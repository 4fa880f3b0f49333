using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Presence;

/// <summary>
/// The Presence feature's counts for the outcome report, kept as things happen so that a report never visits
/// every session: per <see cref="AttendanceScope"/> a hash of distinct participants (<c>o</c>, <c>r</c>, and
/// <c>c:{country}</c>), and a hash of contacts made per day. Whether a person is already counted in a scope is a
/// set of scopes per person, erased with their account (the counts stay: they name nobody).
/// </summary>
public sealed class AttendanceTallies(IConnectionMultiplexer redis, IOptions<StoreOptions> options)
{
    // One atomic step per check-in: a scope counts the person only the first time they are seen in it.
    private const string CountScript = """
        local counted = 0
        for i = 2, #KEYS do
            if redis.call('SADD', KEYS[1], ARGV[i + 1]) == 1 then
                redis.call('HINCRBY', KEYS[i], ARGV[1], 1)
                redis.call('HINCRBY', KEYS[i], ARGV[2], 1)
                counted = counted + 1
            end
        end
        return counted
        """;

    private IDatabase Db => redis.GetDatabase();

    private string Prefix => options.Value.KeyPrefix;

    /// <summary>The scopes a person has been counted in.</summary>
    internal static RedisKey CountedKey(string prefix, string attendeeId) => $"{prefix}:attended:{attendeeId}";

    private RedisKey TallyKey(string scope) => $"{Prefix}:attendance:{scope}";

    private RedisKey ContactsKey => $"{Prefix}:contacts-made";

    /// <summary>Counts a person in each of <paramref name="scopes"/> they were not counted in yet; returns how many.</summary>
    public async Task<int> CountAsync(string attendeeId, Participation participation, string country, string[] scopes)
    {
        RedisKey[] keys = [CountedKey(Prefix, attendeeId), .. scopes.Select(TallyKey)];
        RedisValue[] args = [participation == Participation.OnSite ? "o" : "r", "c:" + country.ToUpperInvariant(), .. scopes.Select(s => (RedisValue)s)];
        return (int)await Db.ScriptEvaluateAsync(CountScript, keys, args);
    }

    /// <summary>The scopes <paramref name="attendeeId"/> has been counted in (their personal data: where they checked in), sorted.</summary>
    public async Task<string[]> ReadCountedAsync(string attendeeId) =>
        [.. (await Db.SetMembersAsync(CountedKey(Prefix, attendeeId))).Select(s => (string)s!).Order(StringComparer.Ordinal)];

    /// <summary>The counts of each scope, in one round trip.</summary>
    public async Task<AttendanceTally[]> ReadAsync(string[] scopes)
    {
        var batch = Db.CreateBatch();
        var reads = scopes.Select(s => batch.HashGetAllAsync(TallyKey(s))).ToArray();
        batch.Execute();
        var tallies = new AttendanceTally[scopes.Length];
        for (var i = 0; i < scopes.Length; i++)
        {
            var fields = (await reads[i]).ToDictionary(f => (string)f.Name!, f => (int)f.Value, StringComparer.Ordinal);
            tallies[i] = new AttendanceTally(scopes[i], fields.GetValueOrDefault("o"), fields.GetValueOrDefault("r"),
                [.. fields.Where(f => f.Key.StartsWith("c:", StringComparison.Ordinal)).Select(f => new CountryCount(f.Key[2..], f.Value))]);
        }
        return tallies;
    }

    /// <summary>Counts one contact made at <paramref name="when"/>.</summary>
    public Task CountContactAsync(DateTimeOffset when) => Db.HashIncrementAsync(ContactsKey, Date(DateOnly.FromDateTime(when.UtcDateTime)));

    /// <summary>Contacts made per UTC date.</summary>
    public async Task<Dictionary<DateOnly, int>> ReadContactsAsync() =>
        (await Db.HashGetAllAsync(ContactsKey)).ToDictionary(
            f => DateOnly.ParseExact((string)f.Name!, "yyyy-MM-dd", CultureInfo.InvariantCulture), f => (int)f.Value);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
