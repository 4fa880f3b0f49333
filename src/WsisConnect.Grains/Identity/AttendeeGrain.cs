using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Grains.Identity;

/// <summary>
/// One registered person. The profile lives in <see cref="IdentityStore"/> (one hash field, so the registration
/// list writes thousands at once) and is read from there on every call: nothing here can go stale when an import
/// changes it. A profile stored by an earlier version, in this grain's own state, is still read.
/// </summary>
public sealed class AttendeeGrain(
    [PersistentState("attendee")] IPersistentState<AttendeeState> legacy,
    IdentityStore store) : Grain, IAttendeeGrain
{
    public async Task<AttendeeProfile?> GetProfileAsync() =>
        await store.GetProfileAsync(this.GetPrimaryKeyString()) ?? legacy.State.Profile;

    public async Task EraseAsync()
    {
        await store.EraseAsync(this.GetPrimaryKeyString());
        await GrainFactory.GetGrain<IRegistrationGrain>(ForumKeys.Forum).ForgetAsync(this.GetPrimaryKeyString());
        if (legacy.RecordExists)
        {
            await legacy.ClearStateAsync();
        }
    }

    public async Task RegisterAsync(AttendeeProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Invalid, "The profile's id must be the attendee grain's key.");
        }
        await store.SaveProfileAsync(profile);
    }
}
