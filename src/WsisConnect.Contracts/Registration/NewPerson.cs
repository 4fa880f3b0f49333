namespace WsisConnect.Contracts.Registration;

/// <summary>Someone to register one at a time: a walk-in, a self-registration, the first organiser, a demo person.</summary>
/// <param name="AttendeeId">A fixed id (the demo's); null for a fresh one.</param>
/// <param name="Code">A fixed code (the demo's, the configured organiser's); null for a fresh one.</param>
[GenerateSerializer, Immutable, Alias("wsis.NewPerson")]
public sealed record NewPerson(
    [property: Id(0)] RegistrationRow Row,
    [property: Id(1)] PersonSource Source,
    [property: Id(2)] string? AttendeeId,
    [property: Id(3)] string? Code);
