using System.Security.Cryptography;
using System.Text;

namespace WsisConnect.Contracts.Identity;

/// <summary>Personal access codes: normalisation (people type them by hand) and the hash used as grain key.</summary>
public static class AccessCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Upper-cases and drops spaces and dashes, so "wsis-ab12 cd34" and "WSISAB12CD34" are the same code.</summary>
    public static string Normalize(string code) =>
        new(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The grain key of a code: a SHA-256 of its normalised form.</summary>
    public static string ToGrainKey(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>A new random code in the form XXXX-XXXX-XXXX (60 bits, no look-alike characters).</summary>
    public static string Generate()
    {
        Span<char> chars = stackalloc char[14];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i is 4 or 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(chars);
    }
}
