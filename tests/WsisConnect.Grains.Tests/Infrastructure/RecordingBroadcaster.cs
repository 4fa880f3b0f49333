using System.Collections.Concurrent;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>
/// The silo's end of the grain-to-connection bridge, recording what grains push. The server's implementation
/// forwards the same calls to SignalR; the server tests cover that leg over real sockets.
/// </summary>
public sealed class RecordingBroadcaster : ILiveBroadcaster
{
    public ConcurrentQueue<(LiveAudience Audience, string Key, QueueDelta Delta)> Pushes { get; } = new();

    public ConcurrentQueue<SessionDetails> SessionPushes { get; } = new();

    public Task QuestionsChangedAsync(LiveAudience audience, string key, QueueDelta delta)
    {
        Pushes.Enqueue((audience, key, delta));
        return Task.CompletedTask;
    }

    public ConcurrentQueue<AgendaDelta> AgendaPushes { get; } = new();

    public Task AgendaChangedAsync(AgendaDelta delta)
    {
        AgendaPushes.Enqueue(delta);
        return Task.CompletedTask;
    }

    public Task SessionChangedAsync(SessionDetails session)
    {
        SessionPushes.Enqueue(session);
        return Task.CompletedTask;
    }

    public ConcurrentQueue<(string SessionId, PollResults Results, bool ParticipantsMaySee)> PollResults { get; } = new();

    public Task PollChangedAsync(PollDetails forModerators, PollDetails forParticipants) => Task.CompletedTask;

    public Task PollResultsChangedAsync(string sessionId, PollResults forModerators, PollResults? forParticipants)
    {
        PollResults.Enqueue((sessionId, forModerators, forParticipants is not null));
        return Task.CompletedTask;
    }

    public Task LeaderboardChangedAsync(LeaderboardTop top) => Task.CompletedTask;

    public Task OperationsPulseAsync(Contracts.Monitoring.ForumPulse pulse) => Task.CompletedTask;

    public Task ContactAddedAsync(string ownerId, Contact contact) => Task.CompletedTask;

    public Task ContactRequestChangedAsync(string ownerId, ContactRequest request) => Task.CompletedTask;

    public Task MessageReceivedAsync(string ownerId, DirectMessage message) => Task.CompletedTask;

    public Task PresenceChangedAsync(SessionPresence presence) => Task.CompletedTask;

    public IReadOnlyList<PollResults> ResultPushes(string sessionId) =>
        [.. PollResults.Where(p => p.SessionId == sessionId).Select(p => p.Results)];

    public IReadOnlyList<QueueDelta> For(LiveAudience audience, string key) =>
        [.. Pushes.Where(p => p.Audience == audience && p.Key == key).Select(p => p.Delta)];
}
