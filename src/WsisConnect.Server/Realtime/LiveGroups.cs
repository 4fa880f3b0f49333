namespace WsisConnect.Server.Realtime;

/// <summary>SignalR group names. Groups live in the backplane, not in one node's memory.</summary>
public static class LiveGroups
{
    /// <summary>Participants of a session (everyone who joined and does not moderate it).</summary>
    public static string Participants(string sessionId) => $"session:{sessionId}";

    /// <summary>Moderators of a session.</summary>
    public static string Moderators(string sessionId) => $"session:{sessionId}:moderators";

    /// <summary>Connections watching the agenda.</summary>
    public const string Agenda = "agenda";

    /// <summary>Organisers' connections watching the operations dashboard.</summary>
    public const string Operations = "organisers:operations";
}
