namespace WsisConnect.Contracts.Agenda;

/// <summary>Whether new questions are shown at once or wait for a moderator.</summary>
public enum QuestionMode
{
    /// <summary>Questions wait in the queue until a moderator approves them.</summary>
    PreModerated = 0,
    /// <summary>Questions are visible to everyone as soon as they are asked.</summary>
    Open = 1,
}
