using System.Runtime.CompilerServices;
using CsvHelper;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Contracts.Validation;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>
/// Reads a registration list CSV (external id, name or first and last name, organisation, country, stakeholder
/// type, on site or remote, role, sessions moderated, e-mail; title and language optional), streaming, a chunk
/// at a time. Columns it does not know (a photo, a phone number) are reported once and never stored.
/// </summary>
public sealed class RegistrationCsvReader(int maxRows)
{
    private static readonly string[] ExternalId = ["externalid", "id", "registrationid", "participantid", "badgeid", "reference", "ref", "attendeeid"];
    private static readonly string[] Name = ["name", "fullname", "participant", "displayname"];
    private static readonly string[] FirstName = ["firstname", "givenname", "forename"];
    private static readonly string[] LastName = ["lastname", "familyname", "surname"];
    private static readonly string[] Organisation = ["organisation", "organization", "company", "institution", "affiliation", "entity"];
    private static readonly string[] Title = ["title", "jobtitle", "position", "function"];
    private static readonly string[] Country = ["country", "countrycode", "nationality"];
    private static readonly string[] Stakeholder = ["stakeholdertype", "stakeholder", "stakeholdergroup", "sector"];
    private static readonly string[] Participation = ["participation", "onsiteorremote", "attendance", "mode", "onsite"];
    private static readonly string[] Role = ["role", "roles", "category"];
    private static readonly string[] Sessions = ["sessions", "sessionsmoderated", "moderates", "moderatedsessions"];
    private static readonly string[] Email = ["email", "emailaddress", "mail"];
    private static readonly string[] Language = ["language", "lang", "preferredlanguage"];
    private static readonly HashSet<string> Known = [.. new[] { ExternalId, Name, FirstName, LastName, Organisation, Title, Country, Stakeholder, Participation, Role, Sessions, Email, Language }.SelectMany(a => a)];

    /// <summary>The rows of the file, a chunk at a time; a file without the required columns is refused with <c>import.invalid_file</c>.</summary>
    public async IAsyncEnumerable<ParsedChunk<RegistrationRow>> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = CsvCells.Reader(stream);
        using var csv = new CsvReader(reader, CsvCells.ReadConfiguration);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            throw ImportFileException.Invalid("The file is empty: a registration list starts with a header row.");
        }
        var columns = CsvCells.Columns(csv);
        var missing = new List<string>();
        if (!ExternalId.Any(columns.ContainsKey)) missing.Add("external id");
        if (!Name.Any(columns.ContainsKey) && !(FirstName.Any(columns.ContainsKey) && LastName.Any(columns.ContainsKey))) missing.Add("name (or first name and last name)");
        if (!Country.Any(columns.ContainsKey)) missing.Add("country");
        if (missing.Count > 0)
        {
            throw ImportFileException.Invalid($"The header row lacks the column(s) {string.Join(", ", missing)}; it has {string.Join(", ", csv.HeaderRecord!)}.");
        }
        var warnings = new List<ImportIssue>();
        foreach (var ignored in csv.HeaderRecord!.Where(h => !Known.Contains(CsvCells.HeaderKey(h))))
        {
            warnings.Add(new ImportIssue(1, null, ignored, $"The column {ignored} is not used and is not stored."));
        }
        var defaults = new Defaults(!Stakeholder.Any(columns.ContainsKey), !Participation.Any(columns.ContainsKey));
        if (defaults.NoStakeholder) warnings.Add(new ImportIssue(1, null, "stakeholder type", "No stakeholder type column: everyone is recorded as civil society."));
        if (defaults.NoParticipation) warnings.Add(new ImportIssue(1, null, "participation", "No participation column: everyone is recorded as on site."));
        var rows = new List<RegistrationRow>();
        var errors = new List<ImportIssue>();
        var line = csv.Parser.RawRow;
        var count = 0;
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            if (++count > maxRows)
            {
                throw ImportFileException.TooMany($"The list has more than {maxRows} rows (Imports:MaxRows).");
            }
            var row = new CsvRow(csv, columns, line + 1);
            line = csv.Parser.RawRow;
            if (Read(row, defaults, warnings) is { } person && row.Errors.Count == 0)
            {
                rows.Add(person);
            }
            errors.AddRange(row.Errors);
            if (rows.Count + errors.Count >= ImportLimits.ChunkSize)
            {
                yield return new ParsedChunk<RegistrationRow>([.. rows], [.. errors], [.. warnings]);
                rows.Clear(); errors.Clear(); warnings.Clear();
            }
        }
        yield return new ParsedChunk<RegistrationRow>([.. rows], [.. errors], [.. warnings]);
    }

    private static RegistrationRow? Read(CsvRow row, Defaults defaults, List<ImportIssue> warnings)
    {
        var external = row.Require("external id", ExternalId);
        row.Key = external.Length > 0 ? external : null;
        if (external.Length > 100) row.Fail("external id", "The external id is longer than 100 characters.");
        var name = row.Get("name", Name) ?? string.Join(' ', new[] { row.Get("first name", FirstName), row.Get("last name", LastName) }.OfType<string>());
        if (name.Length is < 2 or > 100) row.Fail("name", "A name of 2 to 100 characters is required.");
        var organisation = row.Limit("organisation", row.Get("organisation", Organisation), 150) ?? string.Empty;
        var title = row.Limit("title", row.Get("title", Title), 150) ?? string.Empty;
        var countryText = row.Require("country", Country);
        var country = Countries.Resolve(countryText);
        if (country is null && countryText.Length > 0) row.Fail("country", $"Unknown country '{countryText}': give an ISO code such as KE or a country's name.");
        var stakeholder = StakeholderType.CivilSociety;
        if (!defaults.NoStakeholder)
        {
            var text = row.Get("stakeholder type", Stakeholder);
            if (text is null) row.Fail("stakeholder type", "The stakeholder type is missing.");
            else if (PersonFields.Stakeholder(text) is { } type) stakeholder = type;
            else row.Fail("stakeholder type", $"Unknown stakeholder type '{text}': use one of {string.Join(", ", Enum.GetNames<StakeholderType>())}.");
        }
        var participation = Contracts.Identity.Participation.OnSite;
        if (row.Get("participation", Participation) is { } where)
        {
            if (PersonFields.Participation(where) is { } p) participation = p;
            else row.Fail("participation", $"Unknown participation '{where}': use on site or remote.");
        }
        var roles = ForumRoles.Attendee;
        foreach (var role in CsvCells.List(row.Get("role", Role)))
        {
            if (PersonFields.Role(role) is { } known) roles |= known;
            else warnings.Add(new ImportIssue(row.Line, row.Key, "role", $"Role '{role}' gives no rights in the app: registered as an attendee."));
        }
        var sessions = CsvCells.List(row.Get("sessions", Sessions));
        foreach (var bad in sessions.Where(s => !ForumIds.Session.Accepts(s))) row.Fail("sessions", $"'{bad}' is not a session id.");
        var email = row.Get("email", Email);
        if (email is not null && (email.Length > 200 || !email.Contains('@') || email.Any(char.IsWhiteSpace))) row.Fail("email", $"'{email}' is not an e-mail address.");
        var language = "en";
        if (row.Get("language", Language) is { } languageText)
        {
            if (PersonFields.Language(languageText) is { } known) language = known;
            else warnings.Add(new ImportIssue(row.Line, row.Key, "language", $"Language '{languageText}' is not one of the forum's six: English is used."));
        }
        return row.Errors.Count > 0 || country is null
            ? null
            : new RegistrationRow(row.Line, external, name, organisation, title, country, stakeholder, participation, roles, [.. sessions.Distinct()], email, language);
    }

    private sealed record Defaults(bool NoStakeholder, bool NoParticipation);
}
