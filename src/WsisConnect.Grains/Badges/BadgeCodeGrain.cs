using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Badges;

namespace WsisConnect.Grains.Badges;

/// <summary>One short badge code, pointing at a person and the badge version it was issued with.</summary>
public sealed class BadgeCodeGrain([PersistentState("badgecode")] IPersistentState<BadgeCodeState> state) : Grain, IBadgeCodeGrain
{
    public Task<(string AttendeeId, int Version)?> ResolveAsync() =>
        Task.FromResult<(string, int)?>(state.State.AttendeeId is { } id ? (id, state.State.Version) : null);

    public async Task AssignAsync(string attendeeId, int version)
    {
        if (state.State.AttendeeId is { } taken && taken != attendeeId)
        {
            throw new ForumException(ErrorCodes.CodeTaken, "This short code is taken; issue another.");
        }
        state.State.AttendeeId = attendeeId;
        state.State.Version = version;
        await state.WriteStateAsync();
    }
}
