namespace WsisConnect.Contracts.Imports;

/// <summary>What a confirmed import did.</summary>
/// <param name="Skipped">Bad rows left out (confirmed with <c>skipInvalid</c>).</param>
/// <param name="Version">The agenda's version, or the registration list's, after the import.</param>
[Wire("wsis.ImportResult")]
public sealed record ImportResult(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] int Added,
    [property: WireMember(2)] int Changed,
    [property: WireMember(3)] int Removed,
    [property: WireMember(4)] int Unchanged,
    [property: WireMember(5)] int Skipped,
    [property: WireMember(6)] long Version);
