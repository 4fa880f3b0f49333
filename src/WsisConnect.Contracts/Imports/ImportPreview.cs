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
[GenerateSerializer, Immutable, Alias("wsis.ImportPreview")]
public sealed record ImportPreview(
    [property: Id(0)] string Id,
    [property: Id(1)] ImportKind Kind,
    [property: Id(2)] string FileName,
    [property: Id(3)] ImportState State,
    [property: Id(4)] int Rows,
    [property: Id(5)] int Added,
    [property: Id(6)] int Changed,
    [property: Id(7)] int Removed,
    [property: Id(8)] int Unchanged,
    [property: Id(9)] int Invalid,
    [property: Id(10)] ImportIssue[] Errors,
    [property: Id(11)] ImportIssue[] Warnings,
    [property: Id(12)] ImportChange[] Changes,
    [property: Id(13)] bool ChangesTruncated,
    [property: Id(14)] DateTimeOffset ExpiresAt);
