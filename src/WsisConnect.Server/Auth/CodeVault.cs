using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WsisConnect.Grains.Identity;

namespace WsisConnect.Server.Auth;

/// <summary>
/// Seals personal access codes with AES-256-GCM under a key derived (HKDF-SHA256) from <c>Auth:CodeKey</c>, or
/// else from the token signing key: the store holds only the sealed form, bound to the person's id, so a copy of
/// the store reveals no code as long as the key comes from configuration. A signing key generated into the store
/// (no <c>Auth:SigningKey</c>) gives no such protection, and this says so once in the log.
/// </summary>
public sealed partial class CodeVault(IOptions<AuthOptions> options, SigningKey signingKey, ILogger<CodeVault> logger) : ICodeVault
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Lazy<byte[]> _key = new(() => Derive(options.Value, signingKey, logger));

    public string Seal(string attendeeId, string code)
    {
        var plain = Encoding.UTF8.GetBytes(code);
        var sealedCode = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedCode.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Encrypt(nonce, plain, sealedCode.AsSpan(NonceSize + TagSize), sealedCode.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(attendeeId));
        return Convert.ToBase64String(sealedCode);
    }

    public string? Unseal(string attendeeId, string sealedCode)
    {
        try
        {
            var bytes = Convert.FromBase64String(sealedCode);
            var plain = new byte[bytes.Length - NonceSize - TagSize];
            using var aes = new AesGcm(_key.Value, TagSize);
            aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize + TagSize), bytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(attendeeId));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static byte[] Derive(AuthOptions auth, SigningKey signingKey, ILogger logger)
    {
        byte[] secret;
        if (!string.IsNullOrWhiteSpace(auth.CodeKey))
        {
            secret = Convert.FromBase64String(auth.CodeKey);
            if (secret.Length < 32)
            {
                throw new InvalidOperationException("Auth:CodeKey must be at least 32 bytes, base64-encoded.");
            }
        }
        else
        {
            secret = signingKey.Key.Key;
            if (string.IsNullOrWhiteSpace(auth.SigningKey))
            {
                LogKeyInStore(logger);
            }
        }
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.ASCII.GetBytes("wsisconnect access codes v1"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access codes are sealed with a key derived from a signing key kept in the store: set Auth:SigningKey or Auth:CodeKey so a copy of the store reveals no code")]
    private static partial void LogKeyInStore(ILogger logger);
}
