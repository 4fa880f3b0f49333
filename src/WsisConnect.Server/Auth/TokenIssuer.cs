using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Auth;

/// <summary>Issues the signed bearer tokens people get for their access code.</summary>
public sealed class TokenIssuer(SigningKey signingKey, IOptions<AuthOptions> options, TokenRevocations revocations, TimeProvider time)
{
    /// <summary>The issuer and audience every forum token names.</summary>
    public const string Issuer = "wsisconnect";

    /// <summary>A token for <paramref name="profile"/> and when it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(AttendeeProfile profile)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var claims = new List<Claim>
        {
            new(WsisClaims.Subject, profile.Id),
            new(WsisClaims.Name, profile.Name),
            new(WsisClaims.Participation, profile.Participation.ToString()),
            new(WsisClaims.Country, profile.Country),
        };
        claims.AddRange(WsisClaims.RoleValues(profile.Roles).Select(r => new Claim(WsisClaims.Role, r)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = revocations.IssueTime(profile.Id, now).UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
