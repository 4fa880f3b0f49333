using WsisConnect.Contracts.Registration;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>A person with their personal access code in plain text, for the organisers' mail merge and badge slips.</summary>
/// <param name="Code">Null when the code cannot be read back (issued before codes were kept sealed); reissue it.</param>
[GenerateSerializer, Immutable, Alias("wsis.CodeRecord")]
public sealed record CodeRecord(
    [property: Id(0)] PersonListing Person,
    [property: Id(1)] string? Code);
