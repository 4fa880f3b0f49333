namespace WsisConnect.Contracts.Validation;

/// <summary>
/// What free text the forum accepts anywhere (questions, messages, names, notes, answers): well-formed UTF-16 (no
/// lone surrogate halves) and no control characters other than tab and line breaks. Anything else cannot be shown
/// or stored faithfully, and is refused with <see cref="Errors.ErrorCodes.Invalid"/> before any grain is called.
/// </summary>
public static class ForumText
{
    /// <summary>Whether <paramref name="text"/> is acceptable text.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return false;
            }
        }
        return true;
    }
}
