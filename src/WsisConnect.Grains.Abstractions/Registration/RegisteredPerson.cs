using WsisConnect.Contracts.Registration;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>A registered person's profile with what the list holds about them.</summary>
[GenerateSerializer, Immutable, Alias("wsis.RegisteredPerson")]
public sealed record RegisteredPerson(
    [property: Id(0)] RegistrationEntry Entry,
    [property: Id(1)] AttendeeProfile Profile);
