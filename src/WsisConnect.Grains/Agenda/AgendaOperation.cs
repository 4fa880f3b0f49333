namespace WsisConnect.Grains.Agenda;

/// <summary>
/// An organiser's change of the agenda made with an operation id, and what it changed (a session's id, a room's
/// name): a retry of it, through any node, returns the agenda as it is rather than applying the change again.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.AgendaOperation")]
public sealed record AgendaOperation([property: Id(0)] string OperationKey, [property: Id(1)] string Target)
{
    /// <summary>How many changes the agenda remembers: a retry comes within minutes, and organisers change the agenda by hand a few times an hour.</summary>
    public const int Remembered = 50;
}
