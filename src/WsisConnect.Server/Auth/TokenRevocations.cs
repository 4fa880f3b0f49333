using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Grains.Identity;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Server.Auth;

/// <summary>
/// Bearer tokens withdrawn before they expire. Per person, a cut-off: tokens issued before it (by their <c>iat</c>,
/// in whole seconds) no longer count. Cut-offs are kept in the store, published to every node over pub/sub the
/// moment they are set, re-read every <see cref="AuthOptions.RevocationRefresh"/> (so a message lost while the
/// store was away is caught up), and held in memory: validating a request or a WebSocket upgrade costs a
/// dictionary lookup, never a grain call or a store round trip.
/// </summary>
public sealed partial class TokenRevocations(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    IOptions<AuthOptions> auth,
    ILogger<TokenRevocations> logger) : BackgroundService, ISignInRevoker
{
    /// <summary>The cut-off of a deleted account: every token, whenever issued.</summary>
    public static readonly long Forever = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    // A cut-off only ever moves later, so revocations from two nodes at once cannot undo each other; the version
    // tells the periodic re-read whether anything changed.
    private const string RevokeScript = """
        local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
        if current < tonumber(ARGV[2]) then
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('INCR', KEYS[2])
        end
        return redis.call('HGET', KEYS[1], ARGV[1])
        """;

    private readonly ConcurrentDictionary<string, long> _cutoffs = new(StringComparer.Ordinal);
    private long _readVersion = -1;

    /// <summary>Raised on this node whenever a person's cut-off moves later (person id, cut-off in Unix seconds).</summary>
    public event Action<string, long>? Revoked;

    private IDatabase Db => redis.GetDatabase();
    private RedisKey Cutoffs => $"{store.Value.KeyPrefix}:auth:revoked";
    private RedisKey Version => $"{store.Value.KeyPrefix}:auth:revoked:version";
    private RedisChannel Channel => RedisChannel.Literal($"{store.Value.KeyPrefix}:auth:revoked");

    /// <summary>Whether a token of <paramref name="attendeeId"/> issued at <paramref name="issuedAt"/> (Unix seconds) is revoked.</summary>
    public bool IsRevoked(string attendeeId, long issuedAt) => _cutoffs.TryGetValue(attendeeId, out var cutoff) && issuedAt < cutoff;

    /// <summary>
    /// The time to stamp on a token issued now. A revocation covers the whole second it falls in (tokens carry
    /// whole seconds), so a token issued later in that same second, say right after a code was reissued, would be
    /// born revoked; it is dated at the cut-off instead, at most a second ahead.
    /// </summary>
    public DateTimeOffset IssueTime(string attendeeId, DateTimeOffset now)
    {
        var seconds = now.ToUnixTimeSeconds();
        return _cutoffs.TryGetValue(attendeeId, out var cutoff) && cutoff > seconds && cutoff <= seconds + 1
            ? DateTimeOffset.FromUnixTimeSeconds(cutoff)
            : now;
    }

    /// <summary>
    /// Revokes every token of <paramref name="attendeeId"/> issued before <paramref name="issuedBefore"/> (the whole
    /// second it falls in included): this node refuses them before this returns, every other node within moments,
    /// and their live connections are closed. Tokens issued afterwards keep working (organisers reissuing a code).
    /// </summary>
    public Task RevokeAsync(string attendeeId, DateTimeOffset issuedBefore)
    {
        var seconds = issuedBefore.ToUnixTimeSeconds();
        return RevokeAsync(attendeeId, issuedBefore > DateTimeOffset.FromUnixTimeSeconds(seconds) ? seconds + 1 : seconds);
    }

    /// <summary>
    /// Revokes the tokens of many people issued before <paramref name="issuedBefore"/>: per thousand people one
    /// read, one write of the cut-offs that move later (in a transaction with the version) and one message, so a
    /// registration list that leaves thousands out is applied in moments. A script per person would be atomic too,
    /// but a thousand of them in one script held the store for seconds.
    /// </summary>
    public async Task RevokeManyAsync(IReadOnlyList<string> attendeeIds, DateTimeOffset issuedBefore)
    {
        var seconds = issuedBefore.ToUnixTimeSeconds();
        var cutoff = issuedBefore > DateTimeOffset.FromUnixTimeSeconds(seconds) ? seconds + 1 : seconds;
        foreach (var chunk in attendeeIds.Chunk(1_000))
        {
            var held = await Db.HashGetAsync(Cutoffs, [.. chunk.Select(id => (RedisValue)id)]);
            var later = chunk.Where((_, i) => !held[i].HasValue || (long)held[i] < cutoff).ToList();
            if (later.Count > 0)
            {
                var transaction = Db.CreateTransaction();
                _ = transaction.HashSetAsync(Cutoffs, [.. later.Select(id => new HashEntry(id, cutoff))]);
                _ = transaction.StringIncrementAsync(Version);
                await transaction.ExecuteAsync();
            }
            foreach (var id in chunk)
            {
                Apply(id, cutoff);
            }
            LogRevokedMany(logger, chunk.Length, cutoff);
            await redis.GetSubscriber().PublishAsync(Channel, $"{cutoff} {string.Join(' ', chunk)}");
        }
    }

    /// <summary>Revokes every token of <paramref name="attendeeId"/>, those issued later too (account deletion).</summary>
    public Task RevokeEverythingAsync(string attendeeId) => RevokeAsync(attendeeId, Forever);

    private async Task RevokeAsync(string attendeeId, long cutoff)
    {
        var stored = (long)await Db.ScriptEvaluateAsync(RevokeScript, [Cutoffs, Version], [attendeeId, cutoff]);
        Apply(attendeeId, stored);
        LogRevoked(logger, attendeeId, stored);
        await redis.GetSubscriber().PublishAsync(Channel, $"{stored} {attendeeId}");
    }

    /// <summary>Listens for other nodes' revocations and reads the whole list before the node serves anyone.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe first: a revocation published while the list is being read is then not missed.
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnPublished(message));
        await RefreshAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(auth.Value.RevocationRefresh);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync();
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
    }

    /// <summary>Re-reads the stored list when its version moved; one GET when nothing changed.</summary>
    private async Task RefreshAsync()
    {
        var version = (long?)await Db.StringGetAsync(Version) ?? 0;
        if (version == Interlocked.Read(ref _readVersion))
        {
            return;
        }
        foreach (var entry in await Db.HashGetAllAsync(Cutoffs))
        {
            Apply(entry.Name!, (long)entry.Value);
        }
        Interlocked.Exchange(ref _readVersion, version);
    }

    /// <summary>A message is "cutoff id" or, from <see cref="RevokeManyAsync"/>, "cutoff id id ...".</summary>
    private void OnPublished(RedisValue message)
    {
        var parts = ((string?)message ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && long.TryParse(parts[0], out var cutoff))
        {
            foreach (var id in parts.Skip(1))
            {
                Apply(id, cutoff);
            }
        }
    }

    /// <summary>Moves a cut-off later (never earlier) and tells <see cref="Revoked"/> when it moved.</summary>
    private void Apply(string attendeeId, long cutoff)
    {
        while (true)
        {
            if (_cutoffs.TryGetValue(attendeeId, out var held))
            {
                if (held >= cutoff)
                {
                    return;
                }
                if (_cutoffs.TryUpdate(attendeeId, cutoff, held))
                {
                    break;
                }
            }
            else if (_cutoffs.TryAdd(attendeeId, cutoff))
            {
                break;
            }
        }
        Revoked?.Invoke(attendeeId, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tokens of {AttendeeId} issued before {Cutoff} (Unix seconds) revoked")]
    private static partial void LogRevoked(ILogger logger, string attendeeId, long cutoff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tokens of {Count} people issued before {Cutoff} (Unix seconds) revoked")]
    private static partial void LogRevokedMany(ILogger logger, int count, long cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-reading the token revocation list failed; trying again at the next refresh")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
