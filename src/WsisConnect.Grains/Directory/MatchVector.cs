using System.Numerics;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Presence;

namespace WsisConnect.Grains.Directory;

/// <summary>
/// A directory entry folded into bit sets (action lines with C7's areas, SDGs, tracks, languages, sessions), so comparing
/// two people is a handful of AND and pop-count instructions and 60,000 comparisons take well under a millisecond.
/// </summary>
public readonly record struct MatchVector(uint ActionLines, uint Sdgs, ulong Tracks, ulong Languages, StakeholderType? Stakeholder, SessionSet Sessions)
{
    /// <summary>Action line codes by bit: C1-C11, then C7's eight areas.</summary>
    public static readonly string[] ActionLineCodes =
    [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11",
        "C7 e-government", "C7 e-business", "C7 e-learning", "C7 e-health", "C7 e-employment", "C7 e-environment", "C7 e-agriculture", "C7 e-science",
    ];

    /// <summary>Folds an entry; <paramref name="words"/> numbers tracks and languages (up to 64 of each).</summary>
    public static MatchVector Of(DirectoryEntry entry, Func<string, int> words, Func<string, int> sessions)
    {
        uint lines = 0, sdgs = 0;
        ulong tracks = 0, languages = 0;
        foreach (var line in entry.ActionLines)
        {
            var bit = Array.IndexOf(ActionLineCodes, line);
            if (bit >= 0) lines |= 1u << bit;
        }
        foreach (var sdg in entry.Sdgs) sdgs |= 1u << sdg;
        foreach (var track in entry.Tracks) tracks |= Bit(words("t:" + track));
        foreach (var language in entry.Languages) languages |= Bit(words("l:" + language));
        return new MatchVector(lines, sdgs, tracks, languages, entry.StakeholderType, SessionSet.Of((entry.Sessions ?? []).Select(sessions)));
    }

    /// <summary>How well two people fit: shared interests weigh most, then complementary stakeholder types and a common language.</summary>
    public int Score(in MatchVector other) =>
        3 * BitOperations.PopCount(ActionLines & other.ActionLines)
        + 2 * BitOperations.PopCount(Sdgs & other.Sdgs)
        + 2 * BitOperations.PopCount(Tracks & other.Tracks)
        + 2 * Sessions.Shared(other.Sessions)
        + (Complementary(Stakeholder, other.Stakeholder) ? 3 : 0)
        + ((Languages & other.Languages) != 0 ? 1 : 0);

    /// <summary>Stakeholder types that gain most from meeting: policy meets those who build and study.</summary>
    public static bool Complementary(StakeholderType? a, StakeholderType? b) => (a, b) switch
    {
        (null, _) or (_, null) => false,
        _ when a == b => false,
        (StakeholderType.Government, StakeholderType.PrivateSector or StakeholderType.TechnicalCommunity or StakeholderType.CivilSociety) => true,
        (StakeholderType.PrivateSector or StakeholderType.TechnicalCommunity or StakeholderType.CivilSociety, StakeholderType.Government) => true,
        (StakeholderType.Academia, StakeholderType.PrivateSector or StakeholderType.CivilSociety or StakeholderType.InternationalOrganization) => true,
        (StakeholderType.PrivateSector or StakeholderType.CivilSociety or StakeholderType.InternationalOrganization, StakeholderType.Academia) => true,
        _ => false,
    };

    private static ulong Bit(int index) => index is >= 0 and < 64 ? 1ul << index : 0;
}
