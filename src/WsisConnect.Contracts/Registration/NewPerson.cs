namespace WsisConnect.Contracts.Registration;

/// <summary>Someone to register one at a time: a walk-in, a self-registration, the first organiser, a demo person.</summary>
/// <param name="AttendeeId">A fixed id (the demo's); null for a fresh one.</param>
/// <param name="Code">A fixed code (the demo's, the configured organiser's); null for a fresh one.</param>
[Wire("wsis.NewPerson")]
public sealed record NewPerson(
    [property: WireMember(0)] RegistrationRow Row,
    [property: WireMember(1)] PersonSource Source,
    [property: WireMember(2)] string? AttendeeId,
    [property: WireMember(3)] string? Code);
