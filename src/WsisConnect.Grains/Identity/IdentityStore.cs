using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Identity;

/// <summary>
/// The identity feature's keys: one hash field per person for the profile and the registration entry, the code
/// hashes each way, and the sealed codes. A person is then one field in each hash, and an import writes a chunk
/// of a thousand people as one HSET per hash in one transaction, not a thousand grain-state writes.
/// </summary>
public sealed class IdentityStore(IConnectionMultiplexer redis, IOptions<StoreOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IDatabase Db => redis.GetDatabase();
    private string Prefix => $"{options.Value.KeyPrefix}:identity";
    private RedisKey Profiles => $"{Prefix}:profiles";
    private RedisKey Entries => $"{Prefix}:entries";
    private RedisKey Codes => $"{Prefix}:codes";
    private RedisKey CodeOf => $"{Prefix}:code-of";
    private RedisKey Sealed => $"{Prefix}:sealed";
    private RedisKey Version => $"{Prefix}:version";

    /// <summary>The registration list's version, moved on by every <see cref="WriteAsync"/>.</summary>
    public async Task<long> GetVersionAsync() => (long?)await Db.StringGetAsync(Version) ?? 0;

    /// <summary>Every person's current code hash, by attendee id.</summary>
    public async Task<Dictionary<string, string>> LoadCodeHashesAsync()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var field in Db.HashScanAsync(CodeOf, pageSize: 5_000))
        {
            hashes[field.Name.ToString()] = field.Value.ToString();
        }
        return hashes;
    }

    /// <summary>A person's profile, or null.</summary>
    public async Task<AttendeeProfile?> GetProfileAsync(string attendeeId) =>
        await Db.HashGetAsync(Profiles, attendeeId) is { HasValue: true } value ? Read<AttendeeProfile>(value) : null;

    /// <summary>Stores one profile.</summary>
    public Task SaveProfileAsync(AttendeeProfile profile) => Db.HashSetAsync(Profiles, profile.Id, Write(profile));

    /// <summary>Forgets a person: profile, entry, code and sealed code.</summary>
    public async Task EraseAsync(string attendeeId)
    {
        var code = await Db.HashGetAsync(CodeOf, attendeeId);
        var transaction = Db.CreateTransaction();
        _ = transaction.HashDeleteAsync(Profiles, attendeeId);
        _ = transaction.HashDeleteAsync(Entries, attendeeId);
        _ = transaction.HashDeleteAsync(CodeOf, attendeeId);
        _ = transaction.HashDeleteAsync(Sealed, attendeeId);
        if (code.HasValue) _ = transaction.HashDeleteAsync(Codes, code.ToString());
        await transaction.ExecuteAsync();
    }

    /// <summary>The person a code hash signs in, or null.</summary>
    public async Task<string?> ResolveCodeAsync(string codeHash) => await Db.HashGetAsync(Codes, codeHash) is { HasValue: true } id ? id.ToString() : null;

    /// <summary>The hash of the person's current code, or null when none is recorded.</summary>
    public async Task<string?> GetCodeHashAsync(string attendeeId) => await Db.HashGetAsync(CodeOf, attendeeId) is { HasValue: true } hash ? hash.ToString() : null;

    /// <summary>Binds a code hash to a person unless bound already; returns who it is bound to now.</summary>
    public async Task<string> BindCodeAsync(string codeHash, string attendeeId)
    {
        if (await Db.HashSetAsync(Codes, codeHash, attendeeId, When.NotExists))
        {
            await Db.HashSetAsync(CodeOf, attendeeId, codeHash);
            return attendeeId;
        }
        return (await Db.HashGetAsync(Codes, codeHash)).ToString();
    }

    /// <summary>Every registration entry with its profile, each hash read a page of fields at a time.</summary>
    public async Task<List<RegisteredPerson>> LoadRegistryAsync()
    {
        var profiles = new Dictionary<string, AttendeeProfile>(StringComparer.Ordinal);
        await foreach (var field in Db.HashScanAsync(Profiles, pageSize: 5_000))
        {
            profiles[field.Name.ToString()] = Read<AttendeeProfile>(field.Value);
        }
        var people = new List<RegisteredPerson>();
        await foreach (var field in Db.HashScanAsync(Entries, pageSize: 5_000))
        {
            var entry = Read<RegistrationEntry>(field.Value);
            if (profiles.TryGetValue(entry.AttendeeId, out var profile))
            {
                people.Add(new RegisteredPerson(entry, profile));
            }
        }
        return people;
    }

    /// <summary>The sealed codes of some people, in order (null where none is kept).</summary>
    public async Task<string?[]> GetSealedAsync(IReadOnlyList<string> attendeeIds)
    {
        if (attendeeIds.Count == 0) return [];
        var values = await Db.HashGetAsync(Sealed, [.. attendeeIds.Select(id => (RedisValue)id)]);
        return [.. values.Select(v => v.HasValue ? v.ToString() : null)];
    }

    /// <summary>
    /// Writes a chunk of registrations in one transaction: one HSET per hash for all the people in it, the codes
    /// they no longer have deleted, so a chunk is stored whole or not at all.
    /// </summary>
    /// <returns>The list's version after the write.</returns>
    public async Task<long> WriteAsync(RegistryWrite write)
    {
        var transaction = Db.CreateTransaction();
        var version = transaction.StringIncrementAsync(Version);
        if (write.People.Count > 0)
        {
            _ = transaction.HashSetAsync(Profiles, [.. write.People.Select(p => new HashEntry(p.Profile.Id, Write(p.Profile)))]);
            _ = transaction.HashSetAsync(Entries, [.. write.People.Select(p => new HashEntry(p.Entry.AttendeeId, Write(p.Entry)))]);
        }
        if (write.NewCodes.Count > 0)
        {
            _ = transaction.HashSetAsync(Codes, [.. write.NewCodes.Select(c => new HashEntry(c.CodeHash, c.AttendeeId))]);
            _ = transaction.HashSetAsync(CodeOf, [.. write.NewCodes.Select(c => new HashEntry(c.AttendeeId, c.CodeHash))]);
            _ = transaction.HashSetAsync(Sealed, [.. write.NewCodes.Select(c => new HashEntry(c.AttendeeId, c.SealedCode))]);
        }
        if (write.DroppedCodeHashes.Count > 0)
        {
            _ = transaction.HashDeleteAsync(Codes, [.. write.DroppedCodeHashes.Select(h => (RedisValue)h)]);
        }
        if (write.RestoredCodes.Count > 0)
        {
            _ = transaction.HashSetAsync(Codes, [.. write.RestoredCodes.Select(c => new HashEntry(c.CodeHash, c.AttendeeId))]);
        }
        await transaction.ExecuteAsync();
        return await version;
    }

    private static T Read<T>(RedisValue value) => JsonSerializer.Deserialize<T>(value.ToString(), Json)!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);
}
