using WsisConnect.Contracts.Registration;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>A person just registered (or a code just reissued), with their personal access code in plain text, shown once.</summary>
[GenerateSerializer, Immutable, Alias("wsis.NewRegistration")]
public sealed record NewRegistration(
    [property: Id(0)] AttendeeProfile Profile,
    [property: Id(1)] string Code);
