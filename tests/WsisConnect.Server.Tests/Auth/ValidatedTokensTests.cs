using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WsisConnect.Server.Auth;
using Xunit;

namespace WsisConnect.Server.Tests.Auth;

/// <summary>
/// The node's memory of validated tokens: it answers only for the exact token it validated, only until that token
/// expires, and never for a token that failed. (Revocation after a token was remembered: <see cref="RevocationTests"/>.)
/// </summary>
public sealed class ValidatedTokensTests
{
    private static readonly SymmetricSecurityKey Key = new(new byte[32]);
    // Real time: the cache also lets its entries expire by the system clock.
    private static readonly DateTime Start = DateTime.UtcNow;

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "wsisconnect",
        ValidAudience = "wsisconnect",
        IssuerSigningKey = Key,
        ClockSkew = TimeSpan.FromSeconds(30),
        // Lifetime is checked by the cache against its own clock, and by the handler against the real one.
        ValidateLifetime = false,
    };

    [Fact]
    public async Task TheSameTokenIsValidatedOnceThenAnsweredFromMemoryWithItsClaims()
    {
        using var tokens = new ValidatedTokens(new FakeTimeProvider(Start));
        var token = Token("p-1", Start.AddHours(1));

        var first = await tokens.ValidateTokenAsync(token, Parameters);
        var second = await tokens.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, tokens.Hits);
        Assert.Equal("p-1", second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task AnAlteredOrForgedTokenIsNeverAnsweredFromMemory()
    {
        using var tokens = new ValidatedTokens(new FakeTimeProvider(Start));
        var token = Token("p-1", Start.AddHours(1));
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters)).IsValid);

        var signature = token[(token.LastIndexOf('.') + 1)..];
        var altered = token[..(token.LastIndexOf('.') + 1)] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        var forged = Token("p-1", Start.AddHours(1), new SymmetricSecurityKey(Enumerable.Repeat((byte)7, 32).ToArray()));

        Assert.False((await tokens.ValidateTokenAsync(altered, Parameters)).IsValid);
        Assert.False((await tokens.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.False((await tokens.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.Equal(0, tokens.Hits);
    }

    [Fact]
    public async Task ARememberedTokenIsValidatedAgainOnceItHasExpired()
    {
        var time = new FakeTimeProvider(Start);
        using var tokens = new ValidatedTokens(time);
        var token = Token("p-1", Start.AddMinutes(10));
        await tokens.ValidateTokenAsync(token, Parameters);
        await tokens.ValidateTokenAsync(token, Parameters);
        Assert.Equal(1, tokens.Hits);

        time.Advance(TimeSpan.FromMinutes(10) + Parameters.ClockSkew);
        await tokens.ValidateTokenAsync(token, Parameters);

        Assert.Equal(1, tokens.Hits);
    }

    private static string Token(string subject, DateTime expires, SecurityKey? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "wsisconnect",
        Audience = "wsisconnect",
        Subject = new ClaimsIdentity([new Claim("sub", subject)]),
        IssuedAt = expires.AddHours(-2),
        NotBefore = expires.AddHours(-2),
        Expires = expires,
        SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
    });
}
