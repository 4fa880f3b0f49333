namespace WsisConnect.Grains.Agenda;

/// <summary>The agenda's pushes, bound from the <c>Agenda</c> configuration section.</summary>
public sealed class AgendaOptions
{
    /// <summary>How long agenda changes are gathered before one push goes out to the clients watching it.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A push carrying more changed sessions than this tells clients to reload instead.</summary>
    public int MaxSessionsPerPush { get; set; } = 100;
}
