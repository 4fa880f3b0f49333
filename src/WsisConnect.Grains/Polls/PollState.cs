using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>Stored state of <see cref="PollGrain"/>: the definition and status only; votes live in the partitions.</summary>
[GenerateSerializer, Alias("wsis.PollState")]
public sealed class PollState
{
    /// <summary>Null until the poll is created.</summary>
    [Id(0)] public PollDetails? Details { get; set; }
}
