using System.Text.RegularExpressions;
using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Server.Features.Imports;

/// <summary>
/// Reads the parts of a session that every agenda format carries in words: its format (our names, and the
/// types frab and pretalx use), the WSIS action lines C1-C11 and the SDGs 1-17.
/// </summary>
public static partial class SessionFields
{
    /// <summary>The most characters a title may have.</summary>
    public const int MaxTitle = 300;

    /// <summary>The most characters a description may have.</summary>
    public const int MaxDescription = 10_000;

    private static readonly Dictionary<string, SessionFormat> FormatNames = BuildFormats();

    /// <summary>The format named by <paramref name="value"/>, or null when it names none we know.</summary>
    public static SessionFormat? Format(string value) => FormatNames.TryGetValue(CsvCells.Loose(value), out var format) ? format : null;

    /// <summary>The formats' names, for error messages.</summary>
    public static string KnownFormats { get; } = string.Join(", ", Enum.GetNames<SessionFormat>());

    /// <summary>Action lines in a list cell ("C1; C7 e-health"), as C1-C11; unknown ones go to <paramref name="unknown"/>.</summary>
    public static string[] ActionLines(IEnumerable<string> items, List<string> unknown)
    {
        var lines = new List<string>();
        foreach (var item in items)
        {
            var match = ActionLinePattern().Match(item);
            if (match.Success && int.TryParse(match.Groups[1].Value, out var number) && number is >= 1 and <= 11)
            {
                lines.Add($"C{number}");
            }
            else
            {
                unknown.Add(item);
            }
        }
        return [.. lines.Distinct().OrderBy(l => int.Parse(l[1..]))];
    }

    /// <summary>SDGs in a list cell ("9; SDG 17"), as 1-17; unknown ones go to <paramref name="unknown"/>.</summary>
    public static int[] Sdgs(IEnumerable<string> items, List<string> unknown)
    {
        var goals = new List<int>();
        foreach (var item in items)
        {
            var match = SdgPattern().Match(item);
            if (match.Success && int.TryParse(match.Groups[1].Value, out var number) && number is >= 1 and <= 17)
            {
                goals.Add(number);
            }
            else
            {
                unknown.Add(item);
            }
        }
        return [.. goals.Distinct().Order()];
    }

    /// <summary>Action lines and SDGs named in free text (a frab track or tag, "C7 e-health", "SDG 3"); action lines past C11 go to <paramref name="unknown"/>.</summary>
    public static (string[] ActionLines, int[] Sdgs) InText(string? text, List<string> unknown)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], []);
        }
        var lines = ActionLines(ActionLineInText().Matches(text).Select(m => m.Value), unknown);
        var sdgs = Sdgs(SdgInText().Matches(text).Select(m => m.Value), unknown);
        return (lines, sdgs);
    }

    private static Dictionary<string, SessionFormat> BuildFormats()
    {
        var names = Enum.GetValues<SessionFormat>().ToDictionary(f => CsvCells.Loose(f.ToString()), f => f);
        void Alias(SessionFormat format, params string[] aliases)
        {
            foreach (var alias in aliases) names[CsvCells.Loose(alias)] = format;
        }
        Alias(SessionFormat.HighLevelPolicySession, "high-level policy session", "policy session", "keynote", "plenary", "opening", "closing");
        Alias(SessionFormat.LeadersTalkX, "leaders talkx", "leaders talk");
        Alias(SessionFormat.HighLevelDialogue, "high-level dialogue", "dialogue", "fireside chat");
        Alias(SessionFormat.MinisterialRoundtable, "ministerial roundtable");
        Alias(SessionFormat.RegulatorsRoundtable, "regulators roundtable");
        Alias(SessionFormat.InteractiveSession, "interactive", "interactive session", "talk", "lecture", "session", "presentation", "panel", "panel discussion", "podium", "discussion");
        Alias(SessionFormat.ThematicWorkshop, "workshop", "thematic workshop", "tutorial");
        Alias(SessionFormat.CountryWorkshop, "country workshop");
        Alias(SessionFormat.KnowledgeCafe, "knowledge café", "knowledge cafe", "cafe", "café");
        Alias(SessionFormat.ActionLineFacilitation, "action line facilitation meeting", "facilitation meeting", "action line meeting");
        Alias(SessionFormat.PrizeCeremony, "prize ceremony", "award ceremony", "awards", "ceremony");
        Alias(SessionFormat.YouthTrack, "youth", "youth track", "youth session");
        Alias(SessionFormat.SocialEvent, "social", "social event", "reception", "networking", "yoga", "break");
        Alias(SessionFormat.OpenConsultation, "open consultation", "consultation");
        Alias(SessionFormat.PressBriefing, "press briefing", "press", "press conference");
        Alias(SessionFormat.Exhibition, "exhibit", "exhibition", "stand", "expo");
        return names;
    }

    [GeneratedRegex(@"^\s*C\s*(\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionLinePattern();

    [GeneratedRegex(@"^\s*(?:SDG|Goal)?\s*(\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SdgPattern();

    [GeneratedRegex(@"\bC\d{1,3}\b")]
    private static partial Regex ActionLineInText();

    [GeneratedRegex(@"\bSDG\s*\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SdgInText();
}
