using WsisConnect.Contracts.Networking;
namespace WsisConnect.Grains.Abstractions.Contacts;

/// <summary>One side of a new contact.</summary>
[GenerateSerializer, Immutable, Alias("wsis.ContactParty")]
public sealed record ContactParty(
    [property: Id(0)] string AttendeeId,
    [property: Id(1)] string Name);
