namespace WsisConnect.Contracts.Networking;

/// <summary>
/// One reason to meet someone, as data rather than words, so each reader sees it in their own language:
/// the kind, the codes it names (action lines, SDGs, tracks, stakeholder types, languages) and how many.
/// </summary>
/// <param name="Kind">What the two have in common or how they complement each other.</param>
/// <param name="Count">How many things they share (the codes' count, or the sessions in common); for plurals.</param>
/// <param name="Codes">What they share, as codes the app names from its dictionaries; see <see cref="MatchReasonKind"/>.</param>
[Wire("wsis.MatchReason")]
public sealed record MatchReason(
    [property: WireMember(0)] MatchReasonKind Kind,
    [property: WireMember(1)] int Count,
    [property: WireMember(2)] string[] Codes);
