using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Directory;

/// <summary>
/// Why two people should meet, as data (3 shared action lines: C2, C5, C7 e-health): the app words each reason in
/// the reader's language, with that language's plurals.
/// </summary>
public static class MatchReasons
{
    /// <summary>The reasons, strongest first.</summary>
    public static MatchReason[] Between(DirectoryEntry me, DirectoryEntry other)
    {
        var reasons = new List<MatchReason>();
        Add(reasons, MatchReasonKind.SharedActionLines, other.ActionLines.Intersect(me.ActionLines).Order(StringComparer.Ordinal));
        Add(reasons, MatchReasonKind.SharedSdgs, other.Sdgs.Intersect(me.Sdgs).Order().Select(goal => goal.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sessions = (other.Sessions ?? []).Intersect(me.Sessions ?? []).Count();
        if (sessions > 0) reasons.Add(new MatchReason(MatchReasonKind.SessionsInCommon, sessions, []));
        Add(reasons, MatchReasonKind.SharedTracks, other.Tracks.Intersect(me.Tracks));
        if (MatchVector.Complementary(me.StakeholderType, other.StakeholderType))
        {
            reasons.Add(new MatchReason(MatchReasonKind.ComplementaryStakeholders, 2, [$"{me.StakeholderType}", $"{other.StakeholderType}"]));
        }
        Add(reasons, MatchReasonKind.CommonLanguages, other.Languages.Intersect(me.Languages));
        return [.. reasons];
    }

    private static void Add(List<MatchReason> reasons, MatchReasonKind kind, IEnumerable<string> shared)
    {
        string[] codes = [.. shared];
        if (codes.Length > 0) reasons.Add(new MatchReason(kind, codes.Length, codes));
    }
}
