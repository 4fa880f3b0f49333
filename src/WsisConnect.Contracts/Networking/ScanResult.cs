namespace WsisConnect.Contracts.Networking;

/// <summary>The outcome of a badge scan: the contact, and whether it is new (a repeat scan changes nothing).</summary>
[GenerateSerializer, Immutable, Alias("wsis.ScanResult")]
public sealed record ScanResult(
    [property: Id(0)] Contact Contact,
    [property: Id(1)] bool Created);
