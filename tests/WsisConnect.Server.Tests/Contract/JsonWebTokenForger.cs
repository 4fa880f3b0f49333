using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>Makes well-formed bearer tokens signed with a key the server does not know.</summary>
public sealed class JsonWebTokenForger
{
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>A token for <paramref name="attendeeId"/> claiming the organiser role.</summary>
    public string Forge(string attendeeId, string name = "Forger") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "wsisconnect",
        Audience = "wsisconnect",
        Subject = new ClaimsIdentity([new Claim("sub", attendeeId), new Claim("name", name), new Claim("role", "organiser")]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
    });
}
