namespace WsisConnect.Bench.Baseline;

/// <summary>Votes for one option, in WsisConnect's <c>OptionCount</c> shape.</summary>
public sealed record BaselineOptionCount(int OnSite, int Remote);
