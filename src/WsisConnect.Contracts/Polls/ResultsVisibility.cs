namespace WsisConnect.Contracts.Polls;

/// <summary>When participants see a poll's results.</summary>
public enum ResultsVisibility
{
    /// <summary>While votes come in.</summary>
    Live = 0,
    /// <summary>Only once the poll is closed (or a moderator shows them on the room screen).</summary>
    AfterClose = 1,
}
