using Orleans.Concurrency;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>One session of the agenda, keyed by session id. The authority on who moderates it and how.</summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>The session, or null when no session has this id.</summary>
    /// <remarks>Interleaves: a pure read, and the queue grain calls it while activating during this grain's own writes.</remarks>
    [AlwaysInterleave]
    Task<SessionDetails?> GetAsync();

    /// <summary>
    /// Whether <paramref name="caller"/> moderates the session (its moderators and organisers): the one place that
    /// decides, so the hub only puts the connection in the matching group. Refuses when there is no such session.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> IsModeratorAsync(Caller caller);

    /// <summary>Creates or replaces the session (organisers and the demo loader); listing it on the agenda is the caller's step, so a bulk load writes the agenda once.</summary>
    Task PublishAsync(SessionDetails details);

    /// <summary>Takes the session off the agenda: it reads as absent, while its questions, polls and check-ins stay stored for when it comes back.</summary>
    Task RemoveAsync();

    /// <summary>Gives or takes the moderation of the session (the registration list's "sessions" column); returns the session, or null when absent.</summary>
    Task<SessionDetails?> SetModeratorsAsync(string[] added, string[] removed);

    /// <summary>Switches between pre-moderated and open questions; moderators of the session and organisers only.</summary>
    Task<SessionDetails> SetQuestionModeAsync(Caller caller, QuestionMode mode);

    /// <summary>Moves the session to <paramref name="status"/>; moderators of the session and organisers only.</summary>
    Task<SessionDetails> SetStatusAsync(Caller caller, SessionStatus status);
}
