namespace WsisConnect.Contracts.Networking;

/// <summary>The outcome of a badge scan: the contact, and whether it is new (a repeat scan changes nothing).</summary>
[Wire("wsis.ScanResult")]
public sealed record ScanResult(
    [property: WireMember(0)] Contact Contact,
    [property: WireMember(1)] bool Created);
