using WsisConnect.Contracts.Networking;

namespace WsisConnect.Bench.Networking;

/// <summary>
/// Networking profiles for generated people, the same for the same seed and index: a few action lines (C7's areas
/// among them), a few SDGs with the forum's favourites more likely, sometimes a track, English for most plus others.
/// </summary>
public static class ProfileGenerator
{
    private static readonly string[] ActionLines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"];
    private static readonly string[] C7Areas =
        ["C7 e-government", "C7 e-business", "C7 e-learning", "C7 e-health", "C7 e-employment", "C7 e-environment", "C7 e-agriculture", "C7 e-science"];
    // Weighted towards what WSIS participants list most: quality education, gender, infrastructure, partnerships.
    private static readonly int[] SdgPool = [1, 2, 3, 4, 4, 4, 5, 5, 5, 6, 7, 8, 8, 9, 9, 9, 9, 10, 10, 11, 12, 13, 13, 14, 15, 16, 16, 17, 17, 17, 17];
    private static readonly string[] Tracks = ["youth", "gender", "ai-governance", "accessibility", "indigenous-peoples"];
    private static readonly string[] OtherLanguages = ["fr", "es", "ar", "zh", "ru", "pt", "de", "sw", "hi"];

    /// <summary>The profile of person <paramref name="index"/>.</summary>
    public static NetworkingProfile For(int index, int seed)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var lines = Pick(random, ActionLines, 1 + random.Next(4)).ToList();
        if (lines.Contains("C7"))
        {
            lines.AddRange(Pick(random, C7Areas, 1 + random.Next(2)));
        }
        var sdgs = Enumerable.Range(0, 1 + random.Next(5)).Select(_ => SdgPool[random.Next(SdgPool.Length)]).Distinct().Order().ToArray();
        var tracks = random.NextDouble() < 0.4 ? Pick(random, Tracks, 1 + random.Next(2)) : [];
        var languages = (random.NextDouble() < 0.8 ? ["en"] : Array.Empty<string>()).Concat(Pick(random, OtherLanguages, random.Next(3))).ToArray();
        if (languages.Length == 0)
        {
            languages = [OtherLanguages[random.Next(OtherLanguages.Length)]];
        }
        return NetworkingProfile.Empty with
        {
            ActionLines = [.. lines],
            Sdgs = sdgs,
            Tracks = tracks,
            Languages = languages,
            Bio = $"Working on {string.Join(", ", lines)} with partners across the region.",
        };
    }

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length)).ToArray();
}
