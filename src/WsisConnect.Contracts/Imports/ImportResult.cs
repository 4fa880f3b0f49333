namespace WsisConnect.Contracts.Imports;

/// <summary>What a confirmed import did.</summary>
/// <param name="Skipped">Bad rows left out (confirmed with <c>skipInvalid</c>).</param>
/// <param name="Version">The agenda's version, or the registration list's, after the import.</param>
[GenerateSerializer, Immutable, Alias("wsis.ImportResult")]
public sealed record ImportResult(
    [property: Id(0)] string Id,
    [property: Id(1)] int Added,
    [property: Id(2)] int Changed,
    [property: Id(3)] int Removed,
    [property: Id(4)] int Unchanged,
    [property: Id(5)] int Skipped,
    [property: Id(6)] long Version);
