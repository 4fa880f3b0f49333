using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Realtime;

/// <summary>What the server pushes to a connected client of the live hub (<c>/hubs/live</c>).</summary>
public interface ILiveClient
{
    /// <summary>Questions changed in a session the client joined (or the client's own question anywhere).</summary>
    Task QuestionsChanged(QueueDelta delta);

    /// <summary>The agenda changed (gathered, at most a few times a second), to clients that watch it (<see cref="ILiveHub.WatchAgenda"/>).</summary>
    Task AgendaChanged(AgendaDelta delta);

    /// <summary>A session the client joined changed: question mode, status or moderators.</summary>
    Task SessionChanged(SessionDetails session);

    /// <summary>A poll of a session the client joined was created, opened, closed or had its results shown.</summary>
    Task PollChanged(Polls.PollDetails poll);

    /// <summary>A poll's counts changed (at most a few times a second), to those who may see them.</summary>
    Task PollResultsChanged(Polls.PollResults results);

    /// <summary>The leaderboard's top 10 changed (at most once a second), to everyone connected.</summary>
    Task LeaderboardChanged(Leaderboard.LeaderboardTop top);

    /// <summary>The forum's operations pulse, once a second, to organisers who called <see cref="ILiveHub.WatchOperations"/>.</summary>
    Task OperationsPulse(Monitoring.ForumPulse pulse);

    /// <summary>The client's person has a new contact (a scan or an accepted request).</summary>
    Task ContactAdded(Networking.Contact contact);

    /// <summary>A contact request the client's person sent or received changed.</summary>
    Task ContactRequestChanged(Networking.ContactRequest request);

    /// <summary>A message to or from the client's person.</summary>
    Task MessageReceived(Networking.DirectMessage message);

    /// <summary>Who is in a session the client joined changed (at most once a second).</summary>
    Task PresenceChanged(Networking.SessionPresence presence);
}
