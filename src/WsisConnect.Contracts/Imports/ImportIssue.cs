namespace WsisConnect.Contracts.Imports;

/// <summary>A problem found in an uploaded file.</summary>
/// <param name="Line">The file's line the row starts on (1 is the CSV header), or null for a schedule event or the whole file.</param>
/// <param name="Key">The row's id: the session's guid or id, the person's external id; null when it has none.</param>
/// <param name="Field">The column or field at fault, when one is.</param>
/// <param name="Reason">What is wrong, in English.</param>
[Wire("wsis.ImportIssue")]
public sealed record ImportIssue(
    [property: WireMember(0)] int? Line,
    [property: WireMember(1)] string? Key,
    [property: WireMember(2)] string? Field,
    [property: WireMember(3)] string Reason);
