namespace WsisConnect.Grains.Badges;

/// <summary>
/// The secret that signs badge tokens (<see cref="BadgeTokens"/>). The host provides it: the key that signs its
/// sign-in tokens, the same on every node.
/// </summary>
public interface IBadgeSigningKey
{
    /// <summary>The key's bytes, at least 32.</summary>
    byte[] Bytes { get; }
}
