using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Networking;

/// <summary>Someone checked in to a session who chose to be visible there.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PresentPerson")]
public sealed record PresentPerson(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name,
    [property: Id(2)] Participation Participation);
