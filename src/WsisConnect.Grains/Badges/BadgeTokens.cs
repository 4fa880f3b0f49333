using System.Security.Cryptography;
using System.Text;

namespace WsisConnect.Grains.Badges;

/// <summary>
/// Signs and checks contact tokens: <c>{attendeeId}.{version}.{mac}</c>, the MAC an HMAC-SHA256 with the server's
/// signing key (<see cref="IBadgeSigningKey"/>). The token names a badge version, so rotating the badge voids every
/// token printed before.
/// </summary>
public sealed class BadgeTokens(IBadgeSigningKey key)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>The token for a badge version.</summary>
    public string Create(string attendeeId, int version) => $"{attendeeId}.{version}.{Mac(attendeeId, version)}";

    /// <summary>The person and version of a well-signed token, or null.</summary>
    public (string AttendeeId, int Version)? Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0].Length is 0 or > 64 || !int.TryParse(parts[1], out var version) || version < 1)
        {
            return null;
        }
        var expected = Encoding.ASCII.GetBytes(Mac(parts[0], version));
        var given = Encoding.ASCII.GetBytes(parts[2]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? (parts[0], version) : null;
    }

    private string Mac(string attendeeId, int version)
    {
        var hash = HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes($"badge|{attendeeId}|{version}"));
        // 16 characters of 5 bits: 80 bits, short enough for a dense QR code.
        return new string([.. hash.Take(16).Select(b => Alphabet[b % Alphabet.Length])]);
    }
}
