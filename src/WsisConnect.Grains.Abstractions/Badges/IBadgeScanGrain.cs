using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Badges;

/// <summary>Scanning someone's badge, keyed by the scanner's attendee id.</summary>
public interface IBadgeScanGrain : IGrainWithStringKey
{
    /// <summary>
    /// Makes the scanner and the badge's owner contacts from the QR code's token, a link ending in it, or the typed
    /// short code; a repeat scan returns the existing contact. The scanner only.
    /// </summary>
    Task<ScanResult> ScanAsync(Caller scanner, string code, string? note, string[]? tags);
}
