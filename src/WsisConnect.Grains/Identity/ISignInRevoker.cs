namespace WsisConnect.Grains.Identity;

/// <summary>
/// Withdraws a person's bearer tokens on every node (the server's revocation list): those issued before a moment,
/// whose live connections are then closed. The server implements it.
/// </summary>
public interface ISignInRevoker
{
    /// <summary>Revokes the person's tokens issued before <paramref name="issuedBefore"/>.</summary>
    Task RevokeAsync(string attendeeId, DateTimeOffset issuedBefore);

    /// <summary>Revokes many people's tokens issued before <paramref name="issuedBefore"/>, a thousand to a store command (a list import).</summary>
    Task RevokeManyAsync(IReadOnlyList<string> attendeeIds, DateTimeOffset issuedBefore);
}
