using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Operations;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Agenda;

/// <summary>
/// The catalogue of sessions and rooms. About 250 entries change rarely and are read by every agenda screen, so
/// the grain keeps a sorted copy to hand out and rebuilds it only on change. It calls session grains when the
/// organisers change the agenda; session grains tell it of their own changes one way, so the two never wait on
/// each other. Split by concern: rooms (<c>.Rooms</c>) and pushes (<c>.Push</c>).
/// </summary>
public sealed partial class AgendaGrain(
    [PersistentState("agenda")] IPersistentState<AgendaState> state,
    ILiveBroadcaster broadcaster,
    IOptions<AgendaOptions> options) : Grain, IAgendaGrain
{
    private const int Parallelism = 8;
    private IReadOnlyList<SessionDetails>? _sorted;

    public Task<IReadOnlyList<SessionDetails>> GetSessionsAsync() => Task.FromResult(Sorted());

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);

    public Task<AgendaSnapshot> GetSnapshotAsync() => Task.FromResult(new AgendaSnapshot(state.State.Version, Sorted(), [.. state.State.Rooms]));

    public Task UpsertAsync(SessionDetails details) => UpsertManyAsync([details]);

    public Task NoteChangedAsync(SessionDetails details) => UpsertManyAsync([details]);

    public async Task UpsertManyAsync(IReadOnlyList<SessionDetails> sessions)
    {
        foreach (var session in sessions)
        {
            Put(session);
        }
        await CommitAsync();
    }

    public async Task<long> ApplyAsync(Caller caller, AgendaChangeSet changes, long expectedVersion)
    {
        EnsureOrganiser(caller);
        if (expectedVersion != state.State.Version)
        {
            throw new ForumException(ErrorCodes.ImportStale, "The agenda changed since this preview was made; preview the file again.");
        }
        foreach (var batch in changes.Upserted.Chunk(Parallelism))
        {
            await Task.WhenAll(batch.Select(s => GrainFactory.GetGrain<ISessionGrain>(s.Id).PublishAsync(s)));
        }
        foreach (var batch in changes.Removed.Chunk(Parallelism))
        {
            await Task.WhenAll(batch.Select(id => GrainFactory.GetGrain<ISessionGrain>(id).RemoveAsync()));
        }
        foreach (var session in changes.Upserted)
        {
            Put(session);
        }
        foreach (var id in changes.Removed)
        {
            Take(id);
        }
        await CommitAsync();
        return state.State.Version;
    }

    public async Task<SessionDetails> SaveSessionAsync(Caller caller, SessionDetails session, bool create)
    {
        EnsureOrganiser(caller);
        if (Applied() is { } saved)
        {
            // A retry: the session its first attempt created (under the id that attempt chose) or saved, not another.
            return state.State.Sessions.GetValueOrDefault(saved) ?? throw new ForumException(ErrorCodes.SessionNotFound, $"Session {saved} has been removed since.");
        }
        var exists = state.State.Sessions.ContainsKey(session.Id);
        if (create && exists)
        {
            throw new ForumException(ErrorCodes.SessionExists, $"There is a session {session.Id} already.");
        }
        if (!create && !exists)
        {
            throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {session.Id}.");
        }
        await GrainFactory.GetGrain<ISessionGrain>(session.Id).PublishAsync(session);
        Put(session);
        Remember(session.Id);
        await CommitAsync();
        return session;
    }

    public async Task RemoveSessionAsync(Caller caller, string sessionId)
    {
        EnsureOrganiser(caller);
        if (Applied() is not null)
        {
            return;
        }
        if (!state.State.Sessions.ContainsKey(sessionId))
        {
            throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {sessionId}.");
        }
        await GrainFactory.GetGrain<ISessionGrain>(sessionId).RemoveAsync();
        Take(sessionId);
        Remember(sessionId);
        await CommitAsync();
    }

    /// <summary>
    /// What the current operation changed, when this agenda has applied it already: the call is the retry of one whose
    /// answer was lost (through another node, whose cache of recent answers this one does not share).
    /// </summary>
    private string? Applied() =>
        CurrentOperation.Key is { } operation ? state.State.Operations.Find(o => o.OperationKey == operation)?.Target : null;

    /// <summary>Remembers the current operation, if it has an id, with what it changed; stored with the change.</summary>
    private void Remember(string target)
    {
        if (CurrentOperation.Key is not { } operation)
        {
            return;
        }
        state.State.Operations.Add(new AgendaOperation(operation, target));
        if (state.State.Operations.Count > AgendaOperation.Remembered)
        {
            state.State.Operations.RemoveAt(0);
        }
    }

    private IReadOnlyList<SessionDetails> Sorted() =>
        _sorted ??= [.. state.State.Sessions.Values.OrderBy(s => s.Start).ThenBy(s => s.Room, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)];

    private void Put(SessionDetails session)
    {
        state.State.Sessions[session.Id] = session;
        if (!state.State.Rooms.Contains(session.Room, StringComparer.Ordinal))
        {
            state.State.Rooms.Add(session.Room);
        }
        _pending[session.Id] = session;
    }

    private void Take(string sessionId)
    {
        if (state.State.Sessions.Remove(sessionId))
        {
            _pending[sessionId] = null;
        }
    }

    /// <summary>Stores the change under a new version, then gathers it for the next push.</summary>
    private async Task CommitAsync()
    {
        state.State.Version++;
        _sorted = null;
        await state.WriteStateAsync();
        SchedulePush();
    }

    private static void EnsureOrganiser(Caller caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may change the agenda.");
        }
    }
}
