using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Badges;

/// <summary>A person's badge: its version (rotation voids older tokens) and short code, keyed by attendee id.</summary>
public interface IBadgeGrain : IGrainWithStringKey
{
    /// <summary>The current version and short code, created on first use; the person only.</summary>
    Task<(int Version, string ShortCode)> GetAsync(Caller caller);

    /// <summary>Voids the current token and short code and issues new ones; the person only.</summary>
    Task<(int Version, string ShortCode)> RotateAsync(Caller caller);

    /// <summary>The current version and short code for printing the person's badge, created on first use; organisers and registration staff.</summary>
    Task<(int Version, string ShortCode)> GetForPrintAsync(Caller caller);

    /// <summary>The version a token must carry to be valid (0: no badge yet).</summary>
    [AlwaysInterleave]
    Task<int> GetCurrentVersionAsync();

    /// <summary>Voids every token and code of the badge for good (account deletion).</summary>
    Task EraseAsync();
}
