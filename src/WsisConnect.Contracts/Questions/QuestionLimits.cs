namespace WsisConnect.Contracts.Questions;

/// <summary>Limits every client can check before sending; the server enforces them.</summary>
public static class QuestionLimits
{
    /// <summary>The longest question, in characters after trimming.</summary>
    public const int MaxLength = 500;
}
