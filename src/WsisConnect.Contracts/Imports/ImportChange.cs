namespace WsisConnect.Contracts.Imports;

/// <summary>One session or person an import adds, changes or removes.</summary>
/// <param name="Key">The session id (guid) or the person's external id.</param>
/// <param name="Label">The session's title or the person's name.</param>
/// <param name="Fields">For a change, the fields that differ (title, room, start, ...).</param>
/// <param name="Line">Where the row is in the file; null for a removal.</param>
[Wire("wsis.ImportChange")]
public sealed record ImportChange(
    [property: WireMember(0)] string Key,
    [property: WireMember(1)] string Label,
    [property: WireMember(2)] ImportAction Action,
    [property: WireMember(3)] string[] Fields,
    [property: WireMember(4)] int? Line);
