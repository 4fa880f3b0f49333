namespace WsisConnect.Grains.Badges;

/// <summary>Stored state of <see cref="BadgeCodeGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.BadgeCodeState")]
public sealed class BadgeCodeState
{
    /// <summary>The person, or null for an unused code.</summary>
    [Id(0)] public string? AttendeeId { get; set; }

    /// <summary>The badge version the code was issued with.</summary>
    [Id(1)] public int Version { get; set; }
}
