namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// The forum's outcome as open data (docs/outcome-report.md): aggregates only, no personal data, every country
/// cell under <see cref="SmallCell"/> people merged into <c>other</c>. Session ratings are not collected yet and
/// are not part of the report.
/// </summary>
/// <param name="SmallCell">The smallest number of people a country cell may show (5).</param>
[Wire("wsis.OutcomeReport")]
public sealed record OutcomeReport(
    [property: WireMember(0)] DateTimeOffset GeneratedAt,
    [property: WireMember(1)] int SmallCell,
    [property: WireMember(2)] OutcomeFigures Forum,
    [property: WireMember(3)] OutcomeDay[] Days,
    [property: WireMember(4)] OutcomeTag[] ActionLines,
    [property: WireMember(5)] OutcomeTag[] Sdgs,
    [property: WireMember(6)] OutcomeSession[] Sessions,
    [property: WireMember(7)] OutcomePrizes Prizes);
