using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Grains.Questions;

/// <summary>The rules a question's text must meet.</summary>
public static class QuestionText
{
    /// <summary>Trims the text and refuses empty, white-space-only or over-long questions.</summary>
    public static string Validate(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new ForumException(ErrorCodes.QuestionEmpty, "A question needs some text.");
        }
        if (trimmed.Length > QuestionLimits.MaxLength)
        {
            throw new ForumException(ErrorCodes.QuestionTooLong,
                $"A question may be at most {QuestionLimits.MaxLength} characters; this one has {trimmed.Length}.");
        }
        return trimmed;
    }
}
