using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Identity;

/// <summary>One personal access code (keyed by its hash), bound to at most one person.</summary>
public sealed class AccessCodeGrain(
    [PersistentState("code")] IPersistentState<AccessCodeState> state) : Grain, IAccessCodeGrain
{
    public Task<string?> ResolveAsync() => Task.FromResult(state.State.AttendeeId);

    public async Task AssignAsync(string attendeeId)
    {
        if (state.State.AttendeeId == attendeeId)
        {
            return;
        }
        if (state.State.AttendeeId is not null)
        {
            throw new ForumException(ErrorCodes.CodeTaken, "This access code already belongs to someone else.");
        }
        state.State.AttendeeId = attendeeId;
        await state.WriteStateAsync();
    }
}
