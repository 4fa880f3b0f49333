using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Directory;

/// <summary>Why two people should meet, in words ("3 shared action lines: C2, C5, C7 e-health").</summary>
public static class MatchReasons
{
    /// <summary>The reasons, strongest first.</summary>
    public static string[] Between(DirectoryEntry me, DirectoryEntry other)
    {
        var reasons = new List<string>();
        var lines = other.ActionLines.Intersect(me.ActionLines).Order(StringComparer.Ordinal).ToList();
        if (lines.Count > 0) reasons.Add($"{lines.Count} shared action line{(lines.Count == 1 ? "" : "s")}: {string.Join(", ", lines)}");
        var sdgs = other.Sdgs.Intersect(me.Sdgs).Order().ToList();
        if (sdgs.Count > 0) reasons.Add($"{sdgs.Count} shared SDG{(sdgs.Count == 1 ? "" : "s")}: {string.Join(", ", sdgs)}");
        var sessions = (other.Sessions ?? []).Intersect(me.Sessions ?? []).Count();
        if (sessions > 0) reasons.Add($"{sessions} session{(sessions == 1 ? "" : "s")} in common");
        var tracks = other.Tracks.Intersect(me.Tracks).ToList();
        if (tracks.Count > 0) reasons.Add($"Both follow {string.Join(", ", tracks)}");
        if (MatchVector.Complementary(me.StakeholderType, other.StakeholderType))
        {
            reasons.Add($"{Words(me.StakeholderType)} meets {Words(other.StakeholderType)}");
        }
        var languages = other.Languages.Intersect(me.Languages).ToList();
        if (languages.Count > 0) reasons.Add($"You both speak {string.Join(", ", languages)}");
        return [.. reasons];
    }

    private static string Words(Contracts.Identity.StakeholderType? type) => type switch
    {
        Contracts.Identity.StakeholderType.PrivateSector => "private sector",
        Contracts.Identity.StakeholderType.CivilSociety => "civil society",
        Contracts.Identity.StakeholderType.TechnicalCommunity => "technical community",
        Contracts.Identity.StakeholderType.InternationalOrganization => "international organization",
        { } t => t.ToString().ToLowerInvariant(),
        null => "someone",
    };
}
