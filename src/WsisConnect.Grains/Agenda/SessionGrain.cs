using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Agenda;

/// <summary>One session: the authority on its moderators, its question mode and its status.</summary>
public sealed class SessionGrain(
    [PersistentState("session")] IPersistentState<SessionState> state) : Grain, ISessionGrain
{
    public Task<SessionDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task PublishAsync(SessionDetails details)
    {
        if (details.Id != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Invalid, "The session's id must be the session grain's key.");
        }
        await SaveAndAnnounceAsync(details);
    }

    public Task<SessionDetails> SetQuestionModeAsync(Caller caller, QuestionMode mode) =>
        ChangeAsync(caller, d => d with { QuestionMode = mode });

    public Task<SessionDetails> SetStatusAsync(Caller caller, SessionStatus status) =>
        ChangeAsync(caller, d => d with { Status = status });

    private async Task<SessionDetails> ChangeAsync(Caller caller, Func<SessionDetails, SessionDetails> change)
    {
        var current = state.State.Details
            ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {this.GetPrimaryKeyString()}.");
        SessionAccess.EnsureModerator(caller, current);
        var changed = change(current);
        if (changed != current)
        {
            await SaveAndAnnounceAsync(changed);
            await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).UpsertAsync(changed);
        }
        return changed;
    }

    private async Task SaveAndAnnounceAsync(SessionDetails details)
    {
        state.State.Details = details;
        await state.WriteStateAsync();
        // The queue caches the session for its hot path (mode, status, moderators); tell it after the write.
        await GrainFactory.GetGrain<IQuestionQueueGrain>(details.Id).OnSessionChangedAsync(details);
    }
}
