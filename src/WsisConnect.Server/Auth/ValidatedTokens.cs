using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WsisConnect.Server.Auth;

/// <summary>
/// Validates bearer tokens once per node and remembers the outcome for the tokens people keep using. A person sends
/// the same token with every request of the week (18 prize votes in a minute, a question, an upvote), and validating
/// it (decoding, HMAC, claims) was the largest single cost of a prize vote: 14% of the server's CPU in a profile.
/// </summary>
/// <remarks>
/// Only successful validations are kept, keyed by the exact token string, and never beyond the token's own expiry:
/// a forged, altered or expired token is validated in full every time. Revocation is not cached here: it is checked
/// on every request afterwards, in <c>JwtBearerEvents.OnTokenValidated</c>, so a deleted account is refused at once.
/// The entries are bounded (<see cref="Capacity"/>; the least recently used go first) and slide out after
/// <see cref="Idle"/> without use. The cached identity is shared by the requests of one token, which is safe because
/// nothing in the server adds claims to an identity after sign-in.
/// </remarks>
public sealed class ValidatedTokens : TokenHandler, IDisposable
{
    /// <summary>Most tokens remembered per node: about 2 KB each, so at most ~40 MB.</summary>
    public const int Capacity = 20_000;

    /// <summary>How long an unused token stays remembered.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _inner = new() { MapInboundClaims = false };
    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });
    private readonly TimeProvider _time;
    private long _hits;

    /// <summary>A cache in front of a <see cref="JsonWebTokenHandler"/> reading claims under their JWT names.</summary>
    public ValidatedTokens(TimeProvider time) => _time = time;

    /// <summary>Validations answered from memory since the node started.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <inheritdoc />
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && known is not null
            && known.SecurityToken.ValidTo + validationParameters.ClockSkew > _time.GetUtcNow().UtcDateTime)
        {
            Interlocked.Increment(ref _hits);
            return known;
        }
        var result = await _inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            // Materialise the identity now, so every request sharing the entry reads the same finished object.
            _ = result.ClaimsIdentity;
            var expires = new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc)) + validationParameters.ClockSkew;
            _valid.Set(token, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle, AbsoluteExpiration = expires });
        }
        return result;
    }

    /// <inheritdoc />
    public override SecurityToken ReadToken(string token) => _inner.ReadToken(token);

    /// <inheritdoc />
    public void Dispose() => _valid.Dispose();
}
