using WsisConnect.Contracts.Prizes;

namespace WsisConnect.Grains.Prizes;

/// <summary>Stored state of <see cref="PrizesGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.PrizesState")]
public sealed class PrizesState
{
    /// <summary>The categories with their nominees.</summary>
    [Id(0)] public PrizeCategory[] Categories { get; set; } = [];

    /// <summary>Whether the winners (and so every total) are public; voting is over then.</summary>
    [Id(1)] public bool WinnersPublished { get; set; }
}
