namespace WsisConnect.Contracts.Imports;

/// <summary>
/// What confirming an uploaded file would do, before anything is applied: counts, the first changes of each kind,
/// and every row that cannot be read (with its line or id and the reason). Kept for an hour after its last use.
/// </summary>
/// <param name="Id">The import to confirm or discard.</param>
/// <param name="Rows">Rows or events read from the file, good and bad.</param>
/// <param name="Invalid">Rows left out if confirmed with <c>skipInvalid</c>.</param>
/// <param name="Errors">Rows that cannot be applied; confirming needs none, or <c>skipInvalid</c>.</param>
/// <param name="Warnings">What is applied differently from the file (an ignored column, an unknown moderator); never blocking.</param>
/// <param name="Changes">Up to 500 of the additions, changes and removals, in file order then removals.</param>
/// <param name="ChangesTruncated">True when <paramref name="Changes"/> lists only the first 500.</param>
[Wire("wsis.ImportPreview")]
public sealed record ImportPreview(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] ImportKind Kind,
    [property: WireMember(2)] string FileName,
    [property: WireMember(3)] ImportState State,
    [property: WireMember(4)] int Rows,
    [property: WireMember(5)] int Added,
    [property: WireMember(6)] int Changed,
    [property: WireMember(7)] int Removed,
    [property: WireMember(8)] int Unchanged,
    [property: WireMember(9)] int Invalid,
    [property: WireMember(10)] ImportIssue[] Errors,
    [property: WireMember(11)] ImportIssue[] Warnings,
    [property: WireMember(12)] ImportChange[] Changes,
    [property: WireMember(13)] bool ChangesTruncated,
    [property: WireMember(14)] DateTimeOffset ExpiresAt);
