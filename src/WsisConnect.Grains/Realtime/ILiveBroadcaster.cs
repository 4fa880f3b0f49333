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

    /// <summary>Pushes a changed session to everyone who joined it.</summary>
    Task SessionChangedAsync(SessionDetails session);
}
