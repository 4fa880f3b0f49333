using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Validation;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Agenda.Import;

/// <summary>
/// Reads an agenda CSV with a header row (id, title, day, start, end, room, format, action lines, SDGs,
/// speakers, moderators, description; track and question mode optional), streaming, a chunk at a time. Times
/// are the forum's local time (<c>Imports:TimeZone</c>).
/// </summary>
public sealed class AgendaCsvReader(TimeZoneInfo zone)
{
    private static readonly string[] Id = ["id", "sessionid", "guid", "code"];
    private static readonly string[] Title = ["title", "name", "session", "sessiontitle"];
    private static readonly string[] Day = ["day", "date"];
    private static readonly string[] Start = ["start", "starttime", "from", "begin"];
    private static readonly string[] End = ["end", "endtime", "to", "finish"];
    private static readonly string[] Room = ["room", "location", "venue"];
    private static readonly string[] Format = ["format", "type", "sessiontype", "kind"];
    private static readonly string[] ActionLines = ["actionlines", "actionline", "wsisactionlines", "lines"];
    private static readonly string[] Sdgs = ["sdgs", "sdg", "goals"];
    private static readonly string[] Speakers = ["speakers", "speaker", "persons", "panelists"];
    private static readonly string[] Moderators = ["moderators", "moderator", "moderatorids"];
    private static readonly string[] Description = ["description", "abstract", "summary"];
    private static readonly string[] Track = ["track", "tracks"];
    private static readonly string[] Mode = ["questionmode", "questions"];

    /// <summary>The sessions of the file, a chunk at a time; a file without the required columns is refused with <c>import.invalid_file</c>.</summary>
    public async IAsyncEnumerable<ParsedChunk<ImportedSession>> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = CsvCells.Reader(stream);
        using var csv = new CsvReader(reader, CsvCells.ReadConfiguration);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            throw ImportFileException.Invalid("The file is empty: an agenda CSV starts with a header row.");
        }
        var columns = CsvCells.Columns(csv);
        var missing = new[] { ("id", Id), ("title", Title), ("day", Day), ("start", Start), ("end", End), ("room", Room) }
            .Where(c => !c.Item2.Any(columns.ContainsKey)).Select(c => c.Item1).ToList();
        if (missing.Count > 0)
        {
            throw ImportFileException.Invalid($"The header row lacks the column(s) {string.Join(", ", missing)}; it has {string.Join(", ", csv.HeaderRecord!)}.");
        }
        var rows = new List<ImportedSession>();
        var errors = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        var line = csv.Parser.RawRow;
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var row = new CsvRow(csv, columns, line + 1);
            line = csv.Parser.RawRow;
            if (Read(row, warnings) is { } session && row.Errors.Count == 0)
            {
                rows.Add(session);
            }
            errors.AddRange(row.Errors);
            if (rows.Count + errors.Count >= ImportLimits.ChunkSize)
            {
                yield return new ParsedChunk<ImportedSession>([.. rows], [.. errors], [.. warnings]);
                rows.Clear(); errors.Clear(); warnings.Clear();
            }
        }
        yield return new ParsedChunk<ImportedSession>([.. rows], [.. errors], [.. warnings]);
    }

    private ImportedSession? Read(CsvRow row, List<ImportIssue> warnings)
    {
        var id = row.Require("id", Id);
        row.Key = id.Length > 0 ? id : null;
        if (id.Length > 0 && !ForumIds.Session.Accepts(id))
        {
            row.Fail("id", $"The id {id} is not 1 to 64 letters, digits, '-' or '_'.");
        }
        var title = row.Limit("title", row.Require("title", Title), SessionFields.MaxTitle)!;
        var day = row.Require("day", Day);
        var start = Time(row, "start", day, row.Require("start", Start));
        var end = Time(row, "end", day, row.Require("end", End));
        if (start is { } s && end is { } e && e <= s)
        {
            row.Fail("end", "The session ends before it starts.");
        }
        var room = row.Limit("room", row.Require("room", Room), 100)!;
        var formatText = row.Get("format", Format);
        var format = SessionFormat.InteractiveSession;
        if (formatText is null)
        {
            warnings.Add(new ImportIssue(row.Line, row.Key, "format", "No format given: recorded as an interactive session."));
        }
        else if (SessionFields.Format(formatText) is { } known)
        {
            format = known;
        }
        else
        {
            row.Fail("format", $"Unknown format '{formatText}'; use one of {SessionFields.KnownFormats}.");
        }
        var unknownLines = new List<string>();
        var actionLines = SessionFields.ActionLines(CsvCells.List(row.Get("action lines", ActionLines)), unknownLines);
        if (unknownLines.Count > 0) row.Fail("action lines", $"Unknown action line(s) {string.Join(", ", unknownLines)}: the WSIS action lines are C1 to C11.");
        var unknownSdgs = new List<string>();
        var sdgs = SessionFields.Sdgs(CsvCells.List(row.Get("SDGs", Sdgs)), unknownSdgs);
        if (unknownSdgs.Count > 0) row.Fail("SDGs", $"Unknown SDG(s) {string.Join(", ", unknownSdgs)}: the goals are 1 to 17.");
        var description = row.Limit("description", row.Get("description", Description), SessionFields.MaxDescription) ?? string.Empty;
        var moderators = row.Get("moderators", Moderators);
        QuestionMode? mode = null;
        if (row.Get("question mode", Mode) is { } modeText)
        {
            mode = CsvCells.Loose(modeText) switch
            {
                "open" => QuestionMode.Open,
                "premoderated" or "moderated" => QuestionMode.PreModerated,
                _ => null,
            };
            if (mode is null) row.Fail("question mode", $"Unknown question mode '{modeText}': use Open or PreModerated.");
        }
        if (row.Errors.Count > 0 || start is null || end is null)
        {
            return null;
        }
        return new ImportedSession(row.Line, id, title, description, format, room, start.Value, end.Value, actionLines, sdgs,
            row.Get("track", Track), CsvCells.List(row.Get("speakers", Speakers)),
            moderators is null ? null : CsvCells.List(moderators), mode);
    }

    private DateTimeOffset? Time(CsvRow row, string field, string day, string time)
    {
        if (day.Length == 0 || time.Length == 0)
        {
            return null;
        }
        string[] dayFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "d.M.yyyy", "yyyy/MM/dd"];
        string[] timeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H.mm", "HH.mm"];
        if (!DateOnly.TryParseExact(day, dayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            row.Fail("day", $"'{day}' is not a date such as 2025-07-08.");
            return null;
        }
        if (!TimeOnly.TryParseExact(time, timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            row.Fail(field, $"'{time}' is not a time such as 09:30.");
            return null;
        }
        var local = date.ToDateTime(clock);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
