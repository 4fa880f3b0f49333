using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Agenda;

/// <summary>Who may run a session: its own moderators, and organisers for every session.</summary>
public static class SessionAccess
{
    /// <summary>Whether <paramref name="caller"/> moderates <paramref name="session"/>.</summary>
    public static bool CanModerate(Caller caller, SessionDetails session) =>
        caller.IsOrganiser || session.ModeratorIds.Contains(caller.AttendeeId);

    /// <summary>Refuses with <see cref="ErrorCodes.Forbidden"/> unless the caller moderates the session.</summary>
    public static void EnsureModerator(Caller caller, SessionDetails session)
    {
        if (!CanModerate(caller, session))
        {
            throw new ForumException(ErrorCodes.Forbidden, $"You do not moderate session {session.Id}.");
        }
    }
}
