using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Identity;

/// <summary>Stored state of <see cref="AttendeeGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.AttendeeState")]
public sealed class AttendeeState
{
    /// <summary>Null until the person is registered.</summary>
    [Id(0)] public AttendeeProfile? Profile { get; set; }
}
