using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Agenda.Import;

/// <summary>
/// Reads a frab/pretalx <c>schedule.json</c> with System.Text.Json from the request stream (never as one string).
/// Each event keeps its guid as the session id (else its numeric id), so a re-export updates sessions in place.
/// The track (and any tags) give the action lines ("C7 e-health") and SDGs ("SDG 3"); the type gives the format.
/// </summary>
public sealed class ScheduleJsonReader(TimeZoneInfo zone)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The sessions of the schedule, a chunk at a time; unreadable JSON is refused with <c>import.invalid_file</c>.</summary>
    public async IAsyncEnumerable<ParsedChunk<ImportedSession>> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        FrabRoot? root;
        try
        {
            root = await JsonSerializer.DeserializeAsync<FrabRoot>(stream, Json, ct);
        }
        catch (JsonException ex)
        {
            throw ImportFileException.Invalid($"The schedule is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
        var conference = root?.Schedule?.Conference ?? root?.Conference
            ?? throw ImportFileException.Invalid("The file is JSON but not a frab schedule: it has no schedule.conference.");
        var eventZone = Zone(conference.TimeZoneName);
        var rows = new List<ImportedSession>();
        var errors = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        foreach (var day in conference.Days ?? [])
        {
            foreach (var (roomName, events) in day.Rooms ?? [])
            {
                foreach (var frab in events ?? [])
                {
                    ct.ThrowIfCancellationRequested();
                    if (Read(frab, day, roomName, eventZone, errors, warnings) is { } session)
                    {
                        rows.Add(session);
                    }
                    if (rows.Count >= ImportLimits.ChunkSize)
                    {
                        yield return new ParsedChunk<ImportedSession>([.. rows], [.. errors], [.. warnings]);
                        rows.Clear(); errors.Clear(); warnings.Clear();
                    }
                }
            }
        }
        yield return new ParsedChunk<ImportedSession>([.. rows], [.. errors], [.. warnings]);
    }

    private ImportedSession? Read(FrabEvent frab, FrabDay day, string roomName, TimeZoneInfo eventZone, List<ImportIssue> errors, List<ImportIssue> warnings)
    {
        var number = frab.Id.ValueKind switch
        {
            JsonValueKind.Number => frab.Id.GetRawText(),
            JsonValueKind.String => frab.Id.GetString(),
            _ => null,
        };
        var id = string.IsNullOrWhiteSpace(frab.EventGuid) ? number : frab.EventGuid.Trim();
        var found = new List<ImportIssue>();
        void Fail(string field, string reason) => found.Add(new ImportIssue(null, id, field, reason));
        if (!ForumIds.Session.Accepts(id))
        {
            Fail("guid", id is null ? "The event has neither a guid nor an id." : $"The id {id} is not 1 to 64 letters, digits, '-' or '_'.");
        }
        var title = string.IsNullOrWhiteSpace(frab.Subtitle) ? frab.Title?.Trim() : $"{frab.Title?.Trim()}: {frab.Subtitle.Trim()}";
        if (string.IsNullOrWhiteSpace(title)) Fail("title", "The event has no title.");
        else if (title.Length > SessionFields.MaxTitle) Fail("title", $"The title is {title.Length} characters long; at most {SessionFields.MaxTitle} are allowed.");
        var start = Start(frab, day, eventZone, Fail);
        var duration = Duration(frab.Duration, Fail);
        var format = SessionFormat.InteractiveSession;
        if (string.IsNullOrWhiteSpace(frab.Type))
        {
            warnings.Add(new ImportIssue(null, id, "type", "No type given: recorded as an interactive session."));
        }
        else if (SessionFields.Format(frab.Type) is { } known)
        {
            format = known;
        }
        else
        {
            Fail("type", $"Unknown type '{frab.Type}'; use one of {SessionFields.KnownFormats}, or talk, workshop, panel, keynote.");
        }
        var unknown = new List<string>();
        var (trackLines, trackSdgs) = SessionFields.InText(frab.Track, unknown);
        var (tagLines, tagSdgs) = SessionFields.InText(string.Join(" ", frab.Tags ?? []), unknown);
        if (unknown.Count > 0) Fail("track", $"Unknown action line(s) {string.Join(", ", unknown)}: the WSIS action lines are C1 to C11.");
        var description = string.Join("\n\n", new[] { frab.Abstract, frab.Description }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct());
        if (description.Length > SessionFields.MaxDescription) Fail("description", $"The abstract and description are {description.Length} characters long; at most {SessionFields.MaxDescription} are allowed.");
        var room = (frab.Room ?? roomName).Trim();
        if (room.Length is 0 or > 100) Fail("room", "The room's name must be 1 to 100 characters.");
        errors.AddRange(found);
        if (found.Count > 0 || start is null || duration is null)
        {
            return null;
        }
        return new ImportedSession(null, id!, title!, description, format, room, start.Value, start.Value + duration.Value,
            [.. trackLines.Union(tagLines).OrderBy(l => int.Parse(l[1..]))], [.. trackSdgs.Union(tagSdgs).Order()],
            string.IsNullOrWhiteSpace(frab.Track) ? null : frab.Track.Trim(),
            [.. (frab.Persons ?? []).Select(p => (p.PublicName ?? p.FullPublicName ?? p.Name)?.Trim()).OfType<string>().Where(n => n.Length > 0)],
            null, null);
    }

    private static DateTimeOffset? Start(FrabEvent frab, FrabDay day, TimeZoneInfo zone, Action<string, string> fail)
    {
        if (!string.IsNullOrWhiteSpace(frab.Date) && DateTimeOffset.TryParse(frab.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && frab.Date.Contains('T') && (frab.Date.EndsWith('Z') || frab.Date.LastIndexOfAny(['+', '-']) > frab.Date.IndexOf('T')))
        {
            return date;
        }
        var dayText = frab.Date?.Length >= 10 ? frab.Date[..10] : day.Date;
        if (DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayDate)
            && TimeOnly.TryParseExact(frab.Start, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            var local = dayDate.ToDateTime(clock);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        fail("date", $"The event's date '{frab.Date}' and start '{frab.Start}' do not give a time.");
        return null;
    }

    private static TimeSpan? Duration(string? text, Action<string, string> fail)
    {
        if (TimeSpan.TryParseExact(text, [@"hh\:mm", @"h\:mm", @"hh\:mm\:ss", @"d\:hh\:mm"], CultureInfo.InvariantCulture, out var duration)
            && duration > TimeSpan.Zero && duration <= TimeSpan.FromHours(24))
        {
            return duration;
        }
        fail("duration", $"The duration '{text}' is not a length such as 01:30 (up to 24 hours).");
        return null;
    }

    private TimeZoneInfo Zone(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found))
        {
            return found;
        }
        return zone;
    }
}
