using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Agenda;

/// <summary>One session: the authority on its moderators, its question mode and its status, and the one that announces them.</summary>
public sealed class SessionGrain(
    [PersistentState("session")] IPersistentState<SessionState> state,
    ILiveBroadcaster broadcaster) : Grain, ISessionGrain
{
    public Task<SessionDetails?> GetAsync() => Task.FromResult(state.State.Removed ? null : state.State.Details);

    public Task<bool> IsModeratorAsync(Caller caller) =>
        Task.FromResult(SessionAccess.CanModerate(caller, (state.State.Removed ? null : state.State.Details)
            ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {this.GetPrimaryKeyString()}.")));

    public async Task PublishAsync(SessionDetails details)
    {
        if (details.Id != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Invalid, "The session's id must be the session grain's key.");
        }
        if (details != state.State.Details || state.State.Removed)
        {
            state.State.Removed = false;
            await SaveAndAnnounceAsync(details);
        }
    }

    public async Task RemoveAsync()
    {
        if (state.State.Details is not { } details || state.State.Removed)
        {
            return;
        }
        state.State.Removed = true;
        await state.WriteStateAsync();
        // Whoever has the session open keeps its questions, read-only, as after it ended.
        await AnnounceAsync(details with { Status = SessionStatus.Ended });
    }

    public async Task<SessionDetails?> SetModeratorsAsync(string[] added, string[] removed)
    {
        if (state.State.Details is not { } details || state.State.Removed)
        {
            return null;
        }
        string[] moderators = [.. details.ModeratorIds.Except(removed, StringComparer.Ordinal).Union(added, StringComparer.Ordinal)];
        if (!moderators.SequenceEqual(details.ModeratorIds))
        {
            await SaveAndAnnounceAsync(details with { ModeratorIds = moderators });
        }
        return state.State.Details;
    }

    public Task<SessionDetails> SetQuestionModeAsync(Caller caller, QuestionMode mode) =>
        ChangeAsync(caller, d => d with { QuestionMode = mode });

    public Task<SessionDetails> SetStatusAsync(Caller caller, SessionStatus status) =>
        ChangeAsync(caller, d => d with { Status = status });

    private async Task<SessionDetails> ChangeAsync(Caller caller, Func<SessionDetails, SessionDetails> change)
    {
        var current = (state.State.Removed ? null : state.State.Details)
            ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {this.GetPrimaryKeyString()}.");
        SessionAccess.EnsureModerator(caller, current);
        var changed = change(current);
        if (changed != current)
        {
            await SaveAndAnnounceAsync(changed);
            await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).NoteChangedAsync(changed);
        }
        return changed;
    }

    private async Task SaveAndAnnounceAsync(SessionDetails details)
    {
        state.State.Details = details;
        await state.WriteStateAsync();
        await AnnounceAsync(details);
    }

    private async Task AnnounceAsync(SessionDetails details)
    {
        // The queue caches the session for its hot path (mode, status, moderators): when it is active it learns
        // first, so nobody who hears of the change (an end, say) can still get an answer from its old copy. When it
        // is not, telling it would activate it and load every question for nothing: it reads the session as it
        // activates, and an activation starting now reads the details set above.
        var queue = GrainFactory.GetGrain<IQuestionQueueGrain>(details.Id);
        if (await IsActiveAsync(queue))
        {
            await queue.OnSessionChangedAsync(details);
        }
        await broadcaster.SessionChangedAsync(details);
    }

    /// <summary>
    /// Whether the grain directory knows an activation of <paramref name="grain"/>. A stale answer errs towards
    /// "active" (a cached address of a gone activation), which only costs the activation this check avoids.
    /// </summary>
    private async Task<bool> IsActiveAsync(IAddressable grain) =>
        await GrainFactory.GetGrain<IManagementGrain>(0).GetActivationAddress(grain) is not null;
}
