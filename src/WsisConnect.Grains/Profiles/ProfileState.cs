using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Profiles;

/// <summary>Stored state of <see cref="ProfileGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.ProfileState")]
public sealed class ProfileState
{
    /// <summary>Null until the person saves one.</summary>
    [Id(0)] public NetworkingProfile? Profile { get; set; }
}
