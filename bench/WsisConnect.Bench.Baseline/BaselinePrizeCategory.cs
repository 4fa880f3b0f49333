namespace WsisConnect.Bench.Baseline;

/// <summary>A prize category in WsisConnect's <c>PrizeCategory</c> shape.</summary>
public sealed record BaselinePrizeCategory(string Id, string Name, string ActionLine, BaselineNominee[] Nominees);
