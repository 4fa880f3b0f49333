using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Outcome;

namespace WsisConnect.Grains.Abstractions.Presence;

/// <summary>The distinct people counted in one <see cref="AttendanceScope"/>, on site and remote, and by country (every country, small ones included).</summary>
[GenerateSerializer, Immutable, Alias("wsis.AttendanceTally")]
public sealed record AttendanceTally(
    [property: Id(0)] string Scope,
    [property: Id(1)] int OnSite,
    [property: Id(2)] int Remote,
    [property: Id(3)] CountryCount[] ByCountry);
