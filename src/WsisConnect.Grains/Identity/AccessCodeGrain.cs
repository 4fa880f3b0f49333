using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Identity;

/// <summary>One personal access code (keyed by its hash), bound to at most one person, and how often it is tried.</summary>
public sealed class AccessCodeGrain(
    [PersistentState("code")] IPersistentState<AccessCodeState> state,
    IOptions<SignInOptions> options,
    TimeProvider time) : Grain, IAccessCodeGrain
{
    private readonly CodeAttempts _attempts = new(options.Value, time);

    public Task<string?> ResolveAsync() => Task.FromResult(state.State.AttendeeId);

    public Task<string?> SignInAsync()
    {
        if (_attempts.TryAttempt() is { } wait)
        {
            throw new ForumException(ErrorCodes.CodeRateLimited,
                $"This code has been tried too often; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }
        return Task.FromResult(state.State.AttendeeId);
    }

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
