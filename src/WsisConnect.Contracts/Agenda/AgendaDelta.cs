namespace WsisConnect.Contracts.Agenda;

/// <summary>
/// Changes to the agenda since the previous push, gathered over a moment. A client that holds the agenda at
/// <see cref="PreviousVersion"/> or later (but before <see cref="Version"/>) applies it; one that holds an older
/// version missed a push and reloads <c>GET /api/agenda</c>; one at <see cref="Version"/> or later ignores it.
/// Keeping the highest version so ends at the true agenda, whatever order pushes arrive in.
/// </summary>
/// <param name="Sessions">Sessions added or changed, as they now are.</param>
/// <param name="Removed">Ids of sessions taken off the agenda.</param>
/// <param name="Rooms">Every room, in order.</param>
/// <param name="Reload">True when too much changed to send (a whole new agenda): reload it, after a short random pause.</param>
[Wire("wsis.AgendaDelta")]
public sealed record AgendaDelta(
    [property: WireMember(0)] long Version,
    [property: WireMember(1)] long PreviousVersion,
    [property: WireMember(2)] SessionDetails[] Sessions,
    [property: WireMember(3)] string[] Removed,
    [property: WireMember(4)] string[] Rooms,
    [property: WireMember(5)] bool Reload);
