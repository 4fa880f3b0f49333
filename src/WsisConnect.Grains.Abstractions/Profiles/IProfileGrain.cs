using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Profiles;

/// <summary>A person's networking profile, keyed by attendee id.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    /// <summary>The person's own profile; the person only.</summary>
    Task<NetworkingProfile> GetAsync(Caller caller);

    /// <summary>Replaces the person's profile; the person only. Refuses over-long fields with <c>validation.invalid</c>.</summary>
    Task<NetworkingProfile> UpdateAsync(Caller caller, NetworkingProfile profile);

    /// <summary>The person as <paramref name="viewerId"/> may see them, or null when they left the directory and are no contact of the viewer.</summary>
    [AlwaysInterleave]
    Task<ProfileCard?> GetCardAsync(string viewerId, bool viewerIsContact);

    /// <summary>Whether the person lets themselves be listed (directory, suggestions, who is here, the leaderboard's names).</summary>
    [AlwaysInterleave]
    Task<bool> IsListedAsync();

    /// <summary>Lists the person in the directory as their registration now says (after the registration list changed them), if they are listed.</summary>
    Task RefreshListingAsync();

    /// <summary>Forgets the profile (account deletion; the directory listing is erased by the directory).</summary>
    Task EraseAsync();
}
