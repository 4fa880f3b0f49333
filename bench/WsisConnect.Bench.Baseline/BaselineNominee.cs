namespace WsisConnect.Bench.Baseline;

/// <summary>A nominee in WsisConnect's <c>Nominee</c> shape.</summary>
public sealed record BaselineNominee(string Id, string Project, string Organisation, string Country);
