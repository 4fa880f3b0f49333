using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Contracts.Realtime;

/// <summary>What the server pushes to a connected client of the live hub (<c>/hubs/live</c>).</summary>
public interface ILiveClient
{
    /// <summary>Questions changed in a session the client joined (or the client's own question anywhere).</summary>
    Task QuestionsChanged(QueueDelta delta);

    /// <summary>A session the client joined changed: question mode, status or moderators.</summary>
    Task SessionChanged(SessionDetails session);
}
