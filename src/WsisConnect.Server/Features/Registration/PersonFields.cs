using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>The words registration systems use for stakeholder types, attendance, roles and languages, mapped to ours.</summary>
public static class PersonFields
{
    private static readonly Dictionary<string, StakeholderType> Stakeholders = Build(new Dictionary<StakeholderType, string[]>
    {
        [StakeholderType.Government] = ["government", "gov", "public sector", "ministry", "regulator"],
        [StakeholderType.PrivateSector] = ["private sector", "private", "business", "industry", "company"],
        [StakeholderType.CivilSociety] = ["civil society", "ngo", "non-governmental organization"],
        [StakeholderType.Academia] = ["academia", "academic", "university", "research"],
        [StakeholderType.TechnicalCommunity] = ["technical community", "technical"],
        [StakeholderType.InternationalOrganization] = ["international organization", "international organisation", "un", "un entity", "igo", "intergovernmental organization"],
    });

    private static readonly Dictionary<string, Participation> Attendance = Build(new Dictionary<Participation, string[]>
    {
        [Contracts.Identity.Participation.OnSite] = ["on site", "onsite", "in person", "physical", "present", "yes", "true", "geneva"],
        [Contracts.Identity.Participation.Remote] = ["remote", "online", "virtual", "no", "false", "remotely"],
    });

    private static readonly Dictionary<string, ForumRoles> Roles = Build(new Dictionary<ForumRoles, string[]>
    {
        [ForumRoles.Attendee] = ["attendee", "participant", "delegate", "minister", "vice-minister", "regulator", "ceo", "youth", "press", "media", "exhibitor", "observer", "guest", "vip"],
        [ForumRoles.Speaker] = ["speaker", "panelist", "panellist", "presenter"],
        [ForumRoles.Moderator] = ["moderator", "chair", "facilitator"],
        [ForumRoles.Organiser] = ["organiser", "organizer"],
        [ForumRoles.RegistrationStaff] = ["registration staff", "registration", "registration desk", "desk"],
    });

    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["ar"] = "ar", ["arabic"] = "ar", ["zh"] = "zh", ["chinese"] = "zh", ["en"] = "en", ["english"] = "en", ["fr"] = "fr", ["french"] = "fr",
        ["francais"] = "fr", ["ru"] = "ru", ["russian"] = "ru", ["es"] = "es", ["spanish"] = "es", ["espanol"] = "es",
    };

    /// <summary>The stakeholder type named, or null.</summary>
    public static StakeholderType? Stakeholder(string text) => Stakeholders.TryGetValue(CsvCells.Loose(text), out var type) ? type : null;

    /// <summary>On site or remote, or null.</summary>
    public static Participation? Participation(string text) => Attendance.TryGetValue(CsvCells.Loose(text), out var p) ? p : null;

    /// <summary>The app role a word gives (participant categories give the attendee role), or null for a word we do not know.</summary>
    public static ForumRoles? Role(string text) => Roles.TryGetValue(CsvCells.Loose(text), out var role) ? role : null;

    /// <summary>One of the six languages' codes, or null.</summary>
    public static string? Language(string text) => Languages.TryGetValue(CsvCells.Loose(text), out var code) && WsisConnect.Server.Auth.Registration.Languages.Contains(code) ? code : null;

    private static Dictionary<string, T> Build<T>(Dictionary<T, string[]> words) where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, aliases) in words)
        {
            map[CsvCells.Loose(value.ToString())] = value;
            foreach (var alias in aliases) map[CsvCells.Loose(alias)] = value;
        }
        return map;
    }
}
