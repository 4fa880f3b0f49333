using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Agenda;

/// <summary>The rules a session edited by hand must meet: the same as an imported one.</summary>
public static class SessionValidation
{
    /// <summary>Field errors, empty when the draft is acceptable; moderators must be registered people.</summary>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(SessionDraft draft, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Trim().Length > SessionFields.MaxTitle) errors["title"] = [$"A title of 1 to {SessionFields.MaxTitle} characters is required."];
        if ((draft.Description?.Length ?? 0) > SessionFields.MaxDescription) errors["description"] = [$"At most {SessionFields.MaxDescription} characters."];
        if (!Enum.IsDefined(draft.Format)) errors["format"] = ["Unknown format."];
        if (string.IsNullOrWhiteSpace(draft.Room) || draft.Room.Trim().Length > 100) errors["room"] = ["A room of 1 to 100 characters is required."];
        if (draft.End <= draft.Start || draft.End - draft.Start > TimeSpan.FromHours(24)) errors["end"] = ["The session must end after it starts, within 24 hours."];
        var unknown = new List<string>();
        if (SessionFields.ActionLines(draft.ActionLines ?? [], unknown).Length != (draft.ActionLines?.Length ?? 0) || unknown.Count > 0) errors["actionLines"] = ["Action lines are C1 to C11."];
        if ((draft.Sdgs ?? []).Any(s => s is < 1 or > 17)) errors["sdgs"] = ["SDGs are 1 to 17."];
        if ((draft.Track?.Length ?? 0) > 100) errors["track"] = ["At most 100 characters."];
        if ((draft.Speakers ?? []).Length > 50 || (draft.Speakers ?? []).Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 100)) errors["speakers"] = ["At most 50 speakers of 1 to 100 characters."];
        if (!Enum.IsDefined(draft.QuestionMode)) errors["questionMode"] = ["Unknown question mode."];
        var moderators = draft.ModeratorIds ?? [];
        if (moderators.Length > 50) errors["moderatorIds"] = ["At most 50 moderators."];
        else
        {
            foreach (var id in moderators)
            {
                if (id.Length is 0 or > 64 || await grains.GetGrain<IAttendeeGrain>(id).GetProfileAsync() is null)
                {
                    errors["moderatorIds"] = [$"{id} is not a registered person."];
                    break;
                }
            }
        }
        return errors;
    }

    /// <summary>The session a valid draft describes.</summary>
    public static SessionDetails ToSession(string id, SessionDraft draft, SessionStatus status) => new(
        id, draft.Title.Trim(), draft.Description?.Trim() ?? string.Empty, draft.Format, draft.Room.Trim(), draft.Start, draft.End,
        SessionFields.ActionLines(draft.ActionLines ?? [], []), [.. (draft.Sdgs ?? []).Distinct().Order()],
        string.IsNullOrWhiteSpace(draft.Track) ? null : draft.Track.Trim(), [.. (draft.Speakers ?? []).Select(s => s.Trim())],
        [.. (draft.ModeratorIds ?? []).Distinct()], draft.QuestionMode, status);

    /// <summary>A room name of 1 to 100 characters, trimmed.</summary>
    public static string RequireRoom(string? name) =>
        name?.Trim() is { Length: > 0 and <= 100 } trimmed ? trimmed : throw new ForumException(ErrorCodes.Invalid, "A room's name is 1 to 100 characters.");
}
