using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;
using WsisConnect.Grains.Badges;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Server.Auth;

/// <summary>
/// The key that signs bearer tokens. Taken from configuration, or generated once and kept in the store so that
/// every node of a cluster, and the same node after a restart, accepts the same tokens.
/// </summary>
public sealed class SigningKey(IOptions<AuthOptions> auth, IOptions<StoreOptions> store, IConnectionMultiplexer redis) : IBadgeSigningKey
{
    private readonly Lock _loading = new();
    private SymmetricSecurityKey? _key;

    /// <summary>
    /// The key, loaded on first use. A load that fails (the store is down) is not remembered: the next use tries
    /// again, where a <see cref="Lazy{T}"/> would rethrow the first failure for the life of the process.
    /// </summary>
    public SymmetricSecurityKey Key
    {
        get
        {
            if (Volatile.Read(ref _key) is { } key)
            {
                return key;
            }
            lock (_loading)
            {
                return _key ??= Load(auth.Value, store.Value, redis);
            }
        }
    }

    /// <summary>Badge tokens are signed with the same key (a secret every node already shares).</summary>
    byte[] IBadgeSigningKey.Bytes => Key.Key;

    private static SymmetricSecurityKey Load(AuthOptions auth, StoreOptions store, IConnectionMultiplexer redis)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            var configured = Convert.FromBase64String(auth.SigningKey);
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes, base64-encoded.");
            }
            return new SymmetricSecurityKey(configured);
        }
        var db = redis.GetDatabase();
        var key = (RedisKey)$"{store.KeyPrefix}:auth:signing-key";
        // SET NX: the first node to start wins and every other node reads its key.
        db.StringSet(key, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), when: When.NotExists);
        return new SymmetricSecurityKey(Convert.FromBase64String(db.StringGet(key)!));
    }
}
