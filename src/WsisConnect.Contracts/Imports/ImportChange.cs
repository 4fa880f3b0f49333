namespace WsisConnect.Contracts.Imports;

/// <summary>One session or person an import adds, changes or removes.</summary>
/// <param name="Key">The session id (guid) or the person's external id.</param>
/// <param name="Label">The session's title or the person's name.</param>
/// <param name="Fields">For a change, the fields that differ (title, room, start, ...).</param>
/// <param name="Line">Where the row is in the file; null for a removal.</param>
[GenerateSerializer, Immutable, Alias("wsis.ImportChange")]
public sealed record ImportChange(
    [property: Id(0)] string Key,
    [property: Id(1)] string Label,
    [property: Id(2)] ImportAction Action,
    [property: Id(3)] string[] Fields,
    [property: Id(4)] int? Line);
