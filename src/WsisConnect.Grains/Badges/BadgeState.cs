namespace WsisConnect.Grains.Badges;

/// <summary>Stored state of <see cref="BadgeGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.BadgeState")]
public sealed class BadgeState
{
    /// <summary>0 until the first badge is made; each rotation adds one.</summary>
    [Id(0)] public int Version { get; set; }

    /// <summary>The current short code.</summary>
    [Id(1)] public string ShortCode { get; set; } = string.Empty;

    /// <summary>The operation that issued the current version, if its client named one.</summary>
    [Id(2)] public string? RotatedBy { get; set; }
}
