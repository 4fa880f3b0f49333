namespace WsisConnect.Grains.Identity;

/// <summary>
/// Seals personal access codes with a key the store does not hold, so the organisers can download them again for
/// a mail merge or a badge slip while a copy of the store alone reveals none. The server implements it.
/// </summary>
public interface ICodeVault
{
    /// <summary>The code sealed for <paramref name="attendeeId"/> (the id is bound in, so a sealed code cannot be moved to someone else).</summary>
    string Seal(string attendeeId, string code);

    /// <summary>The plain code, or null when it was sealed with another key or for another person.</summary>
    string? Unseal(string attendeeId, string sealedCode);
}
