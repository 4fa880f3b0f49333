using WsisConnect.Bench.Measurement;

namespace WsisConnect.Bench.Networking;

/// <summary>How the contact-making phase went, before the books are read back.</summary>
public sealed record ContactsOutcome(
    int Made, int MadeByScan, int MadeByRequest, double Seconds,
    LatencySummary ScanAck, LatencySummary ScanBoth, LatencySummary RequestAck, LatencySummary RequestBoth,
    IReadOnlyDictionary<string, int> Errors);
