using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Leaderboard;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Profiles;

namespace WsisConnect.Grains.Profiles;

/// <summary>A person's networking profile, and the projection each viewer may see.</summary>
public sealed class ProfileGrain([PersistentState("profile")] IPersistentState<ProfileState> state) : Grain, IProfileGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<NetworkingProfile> GetAsync(Caller caller)
    {
        EnsureSelf(caller);
        return Task.FromResult(state.State.Profile ?? NetworkingProfile.Empty);
    }

    public async Task<NetworkingProfile> UpdateAsync(Caller caller, NetworkingProfile profile)
    {
        EnsureSelf(caller);
        var valid = ProfileRules.Validate(profile);
        state.State.Profile = valid;
        await state.WriteStateAsync();
        var registration = await GrainFactory.GetGrain<IAttendeeGrain>(Id).GetProfileAsync();
        var directory = GrainFactory.GetGrain<IDirectoryGrain>(ForumKeys.Forum);
        var sessions = (await directory.GetAsync(Id))?.Sessions;
        await directory.SetAsync(Id, valid.Listed && registration is not null
            ? ProfileProjection.ToDirectoryEntry(registration, valid) with { Sessions = sessions }
            : null);
        // Everywhere else people are listed follows at once, where the person is already checked in included.
        // Told on every save, not only when the choice changed, so a save that failed half-way is repaired by the next.
        await GrainFactory.GetGrain<ICheckInsGrain>(Id).SetListedAsync(valid.Listed);
        await GrainFactory.GetGrain<ILeaderboardGrain>(ForumKeys.Forum).SetListedAsync(Id, valid.Listed);
        return valid;
    }

    public async Task RefreshListingAsync()
    {
        var registration = await GrainFactory.GetGrain<IAttendeeGrain>(Id).GetProfileAsync();
        var profile = state.State.Profile ?? NetworkingProfile.Empty;
        var directory = GrainFactory.GetGrain<IDirectoryGrain>(ForumKeys.Forum);
        var sessions = (await directory.GetAsync(Id))?.Sessions;
        await directory.SetAsync(Id, profile.Listed && registration is not null
            ? ProfileProjection.ToDirectoryEntry(registration, profile) with { Sessions = sessions }
            : null);
    }

    public Task<bool> IsListedAsync() => Task.FromResult(state.State.Profile?.Listed ?? true);

    // The directory listing is the Directory feature's to erase (DirectoryPersonalData).
    public Task EraseAsync() => state.ClearStateAsync();

    public async Task<ProfileCard?> GetCardAsync(string viewerId, bool viewerIsContact)
    {
        var registration = await GrainFactory.GetGrain<IAttendeeGrain>(Id).GetProfileAsync();
        var profile = state.State.Profile ?? NetworkingProfile.Empty;
        if (registration is null || (!profile.Listed && !viewerIsContact && viewerId != Id))
        {
            return null;
        }
        return ProfileProjection.ToCard(registration, profile, viewerIsContact, self: viewerId == Id);
    }

    private void EnsureSelf(Caller caller)
    {
        if (caller.AttendeeId != Id)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can read or change their own profile.");
        }
    }
}
