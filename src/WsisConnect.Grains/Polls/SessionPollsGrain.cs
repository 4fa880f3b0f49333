using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Agenda;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Polls;

/// <summary>The polls a session's moderators have prepared, in order.</summary>
public sealed class SessionPollsGrain(
    [PersistentState("polls")] IPersistentState<SessionPollsState> state,
    ILiveBroadcaster broadcaster,
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store) : Grain, ISessionPollsGrain
{
    public async Task<PollDetails> CreateAsync(Caller caller, PollDraft draft)
    {
        var session = await RequireSessionAsync();
        SessionAccess.EnsureModerator(caller, session);
        var operation = CurrentOperation.Key;
        if (operation is not null && state.State.CreatedBy.FirstOrDefault(c => c.OperationKey == operation) is { } created
            && await GrainFactory.GetGrain<IPollGrain>(created.PollId).GetDetailsAsync() is { } existing)
        {
            return existing;
        }
        var valid = PollRules.Validate(draft);
        var id = $"{session.Id}.p{state.State.PollIds.Count + 1}";
        var poll = await GrainFactory.GetGrain<IPollGrain>(id)
            .InitialiseAsync(new PollDetails(id, session.Id, valid, PollStatus.Draft, OpenedAt: null, ClosedAt: null, ResultsShown: false));
        state.State.PollIds.Add(id);
        if (operation is not null)
        {
            state.State.CreatedBy.Add(new PollCreation(operation, id));
            // A retry comes within minutes: the last few creations are all a session needs to remember.
            if (state.State.CreatedBy.Count > PollCreation.Remembered)
            {
                state.State.CreatedBy.RemoveAt(0);
            }
        }
        await state.WriteStateAsync();
        // Every time, not only for the first poll: a set-add is idempotent, and a failed one is then mended by the next poll.
        await redis.GetDatabase().SetAddAsync(PolledSessionsGrain.Key(store.Value.KeyPrefix), session.Id);
        await broadcaster.PollChangedAsync(poll, PollRedaction.ForParticipants(poll));
        return poll;
    }

    public async Task<IReadOnlyList<PollView>> ListAsync(Caller caller)
    {
        await RequireSessionAsync();
        var views = await Task.WhenAll(state.State.PollIds.Select(async id =>
        {
            try
            {
                return await GrainFactory.GetGrain<IPollGrain>(id).GetAsync(caller);
            }
            catch (ForumException e) when (e.Code == ErrorCodes.PollNotFound)
            {
                return null;
            }
        }));
        return [.. views.OfType<PollView>()];
    }

    private async Task<SessionDetails> RequireSessionAsync() =>
        await GrainFactory.GetGrain<ISessionGrain>(this.GetPrimaryKeyString()).GetAsync()
        ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {this.GetPrimaryKeyString()}.");
}
