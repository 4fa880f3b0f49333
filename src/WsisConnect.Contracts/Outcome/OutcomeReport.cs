namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// The forum's outcome as open data (docs/outcome-report.md): aggregates only, no personal data, every country
/// cell under <see cref="SmallCell"/> people merged into <c>other</c>. Session ratings are not collected yet and
/// are not part of the report.
/// </summary>
/// <param name="SmallCell">The smallest number of people a country cell may show (5).</param>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeReport")]
public sealed record OutcomeReport(
    [property: Id(0)] DateTimeOffset GeneratedAt,
    [property: Id(1)] int SmallCell,
    [property: Id(2)] OutcomeFigures Forum,
    [property: Id(3)] OutcomeDay[] Days,
    [property: Id(4)] OutcomeTag[] ActionLines,
    [property: Id(5)] OutcomeTag[] Sdgs,
    [property: Id(6)] OutcomeSession[] Sessions,
    [property: Id(7)] OutcomePrizes Prizes);
