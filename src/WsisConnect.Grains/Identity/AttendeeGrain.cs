using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Identity;

/// <summary>One registered person.</summary>
public sealed class AttendeeGrain(
    [PersistentState("attendee")] IPersistentState<AttendeeState> state) : Grain, IAttendeeGrain
{
    public Task<AttendeeProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public Task EraseAsync() => state.ClearStateAsync();

    public async Task RegisterAsync(AttendeeProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Invalid, "The profile's id must be the attendee grain's key.");
        }
        state.State.Profile = profile;
        await state.WriteStateAsync();
    }
}
