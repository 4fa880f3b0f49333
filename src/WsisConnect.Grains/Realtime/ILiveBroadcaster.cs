using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Realtime;

/// <summary>
/// The one bridge from grains to connected people. The server implements it over the SignalR hub context, whose
/// Redis backplane reaches connections on every node; grains never know about connections.
/// </summary>
public interface ILiveBroadcaster
{
    /// <summary>Pushes queue changes to an audience (<paramref name="key"/> is a session id or an attendee id).</summary>
    Task QuestionsChangedAsync(LiveAudience audience, string key, QueueDelta delta);

    /// <summary>Pushes the agenda's changes to every client watching it.</summary>
    Task AgendaChangedAsync(AgendaDelta delta);

    /// <summary>Pushes a changed session to everyone who joined it.</summary>
    Task SessionChangedAsync(SessionDetails session);

    /// <summary>
    /// Pushes a changed poll to its session: the full poll to moderators, <paramref name="forParticipants"/> to the
    /// others (nothing to them while it is a draft).
    /// </summary>
    Task PollChangedAsync(Contracts.Polls.PollDetails forModerators, Contracts.Polls.PollDetails forParticipants);

    /// <summary>Pushes a poll's results to its session's moderators, and what participants may see (null: nothing yet) to the others.</summary>
    Task PollResultsChangedAsync(string sessionId, Contracts.Polls.PollResults forModerators, Contracts.Polls.PollResults? forParticipants);

    /// <summary>Pushes the leaderboard's top to everyone connected.</summary>
    Task LeaderboardChangedAsync(Contracts.Leaderboard.LeaderboardTop top);

    /// <summary>Tells a person they have a new contact.</summary>
    Task ContactAddedAsync(string ownerId, Contracts.Networking.Contact contact);

    /// <summary>Tells a person one of their contact requests (sent or received) changed.</summary>
    Task ContactRequestChangedAsync(string ownerId, Contracts.Networking.ContactRequest request);

    /// <summary>Delivers a message to a person (sender and recipient alike, on every device).</summary>
    Task MessageReceivedAsync(string ownerId, Contracts.Networking.DirectMessage message);

    /// <summary>Pushes who is in a session to everyone who joined it.</summary>
    Task PresenceChangedAsync(Contracts.Networking.SessionPresence presence);

    /// <summary>Pushes the operations pulse to the organisers watching it.</summary>
    Task OperationsPulseAsync(Contracts.Monitoring.ForumPulse pulse);
}
