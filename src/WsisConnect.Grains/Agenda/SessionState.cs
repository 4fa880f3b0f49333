using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Agenda;

/// <summary>Stored state of <see cref="SessionGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.SessionState")]
public sealed class SessionState
{
    /// <summary>Null while no session has this id.</summary>
    [Id(0)] public SessionDetails? Details { get; set; }

    /// <summary>Taken off the agenda: the details are kept, for when a later import brings the session back.</summary>
    [Id(1)] public bool Removed { get; set; }
}
