namespace WsisConnect.Grains.Identity;

/// <summary>Stored state of <see cref="AccessCodeGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.AccessCodeState")]
public sealed class AccessCodeState
{
    /// <summary>The person the code signs in, or null when the code is unused.</summary>
    [Id(0)] public string? AttendeeId { get; set; }
}
