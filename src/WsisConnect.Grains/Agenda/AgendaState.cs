using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Agenda;

/// <summary>Stored state of <see cref="AgendaGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.AgendaState")]
public sealed class AgendaState
{
    /// <summary>Every session, by id.</summary>
    [Id(0)] public Dictionary<string, SessionDetails> Sessions { get; set; } = [];
}
