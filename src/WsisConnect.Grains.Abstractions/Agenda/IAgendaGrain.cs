using Orleans.Concurrency;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>
/// The forum's agenda: the catalogue of every session, kept small enough to hand out whole (about 250 entries),
/// and its rooms. Every change moves its version on and is pushed, gathered, to the clients watching the agenda.
/// </summary>
public interface IAgendaGrain : IGrainWithStringKey
{
    /// <summary>Every session, ordered by start time then room.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SessionDetails>> GetSessionsAsync();

    /// <summary>The agenda's version.</summary>
    [ReadOnly]
    Task<long> GetVersionAsync();

    /// <summary>Every session and room with the agenda's version.</summary>
    [ReadOnly]
    Task<AgendaSnapshot> GetSnapshotAsync();

    /// <summary>Adds or replaces the listing of one session.</summary>
    Task UpsertAsync(SessionDetails details);

    /// <summary>A session grain's own change (question mode, status); one way, so a session never waits on the agenda.</summary>
    [OneWay]
    Task NoteChangedAsync(SessionDetails details);

    /// <summary>Adds or replaces many listings in one write (the demo loader, moderators from the registration list).</summary>
    Task UpsertManyAsync(IReadOnlyList<SessionDetails> sessions);

    /// <summary>
    /// Applies an import: publishes each added or changed session to its session grain, takes removed ones off
    /// (their questions, polls and check-ins stay stored), lists the result; organisers only. Refuses with
    /// <c>import.stale</c> when the agenda is no longer at <paramref name="expectedVersion"/>.
    /// </summary>
    Task<long> ApplyAsync(Caller caller, AgendaChangeSet changes, long expectedVersion);

    /// <summary>Creates (<paramref name="create"/>) or replaces one session by hand; organisers only.</summary>
    Task<SessionDetails> SaveSessionAsync(Caller caller, SessionDetails session, bool create);

    /// <summary>Takes one session off the agenda; its questions, polls and check-ins stay stored; organisers only.</summary>
    Task RemoveSessionAsync(Caller caller, string sessionId);

    /// <summary>Adds an empty room; organisers only.</summary>
    Task<string[]> AddRoomAsync(Caller caller, string name);

    /// <summary>Renames a room, moving every session in it; organisers only.</summary>
    Task<string[]> RenameRoomAsync(Caller caller, string name, string newName);

    /// <summary>Removes a room no session takes place in; organisers only.</summary>
    Task<string[]> RemoveRoomAsync(Caller caller, string name);
}
