using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Contacts;

/// <summary>The private note and tags a person keeps on a contact (as exhibitors do with leads).</summary>
public static class ContactNotes
{
    /// <summary>Trims the note and tags, and refuses over-long ones with <see cref="ErrorCodes.Invalid"/>.</summary>
    public static (string Note, string[] Tags) Validate(string? note, string[]? tags)
    {
        var text = (note ?? string.Empty).Trim();
        var clean = (tags ?? []).Select(t => (t ?? string.Empty).Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (text.Length > NetworkingLimits.MaxNoteLength)
        {
            throw new ForumException(ErrorCodes.Invalid, $"note: at most {NetworkingLimits.MaxNoteLength} characters.");
        }
        if (clean.Length > NetworkingLimits.MaxTags || clean.Any(t => t.Length > NetworkingLimits.MaxTagLength))
        {
            throw new ForumException(ErrorCodes.Invalid, $"tags: at most {NetworkingLimits.MaxTags} of {NetworkingLimits.MaxTagLength} characters.");
        }
        return (text, clean);
    }
}
