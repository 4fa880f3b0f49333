using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Agenda;

/// <summary>Stored state of <see cref="AgendaGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.AgendaState")]
public sealed class AgendaState
{
    /// <summary>Every session, by id.</summary>
    [Id(0)] public Dictionary<string, SessionDetails> Sessions { get; set; } = [];

    /// <summary>Every room, in the organisers' order; rooms sessions name are added at the end.</summary>
    [Id(1)] public List<string> Rooms { get; set; } = [];

    /// <summary>Moves on with every change; clients keep the highest they saw.</summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>The organisers' latest changes by hand that came with an operation id, oldest first.</summary>
    [Id(3)] public List<AgendaOperation> Operations { get; set; } = [];
}
