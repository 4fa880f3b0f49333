using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Demo;

/// <summary>
/// Networking profiles for the demo's people: a few action lines, SDGs and languages each, and a special track
/// for some, so the directory and "people you should meet" have something to work with from the first start.
/// </summary>
internal static class DemoInterests
{
    private static readonly string[] Tracks = ["youth", "gender mainstreaming", "ICT and older persons", "accessibility", "cybersecurity", "emerging technologies", "digital skills"];

    public static NetworkingProfile For(AttendeeProfile person, Random random)
    {
        var lines = MatchCodes.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
        var sdgs = Enumerable.Range(1, 17).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Order().ToArray();
        string[] languages = person.Language == "en" ? ["en"] : [person.Language, "en"];
        string[] tracks = random.NextDouble() < 0.3 ? [Tracks[random.Next(Tracks.Length)]] : [];
        return NetworkingProfile.Empty with
        {
            ActionLines = lines,
            Sdgs = sdgs,
            Tracks = tracks,
            Languages = languages,
            Bio = $"{person.Title} at {person.Organisation}.",
        };
    }

    private static readonly string[] MatchCodes =
    [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7 e-government", "C7 e-business", "C7 e-learning", "C7 e-health",
        "C7 e-employment", "C7 e-environment", "C7 e-agriculture", "C7 e-science", "C8", "C9", "C10", "C11",
    ];
}
