using WsisConnect.Contracts.Registration;
namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>What one chunk of a registration import did, and the list's version after it.</summary>
[GenerateSerializer, Immutable, Alias("wsis.RegistrationApplied")]
public sealed record RegistrationApplied(
    [property: Id(0)] long Version,
    [property: Id(1)] int Added,
    [property: Id(2)] int Changed,
    [property: Id(3)] int Removed,
    [property: Id(4)] int Unchanged);
