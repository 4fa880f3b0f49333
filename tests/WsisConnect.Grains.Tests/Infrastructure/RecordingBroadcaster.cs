using System.Collections.Concurrent;
using WsisConnect.Contracts.Agenda;
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

    public Task SessionChangedAsync(SessionDetails session)
    {
        SessionPushes.Enqueue(session);
        return Task.CompletedTask;
    }

    public IReadOnlyList<QueueDelta> For(LiveAudience audience, string key) =>
        [.. Pushes.Where(p => p.Audience == audience && p.Key == key).Select(p => p.Delta)];
}
