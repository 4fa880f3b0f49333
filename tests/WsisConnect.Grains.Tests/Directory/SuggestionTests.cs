using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Directory;

/// <summary>The directory's matchmaking in a TestingHost cluster on the embedded Garnet.</summary>
public sealed class SuggestionTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task SuggestionsAmongSixtyThousandPeopleFindTheBestMatchesWithReasons()
    {
        var directory = Grains.GetGrain<IDirectoryGrain>("matchmaking-" + Guid.NewGuid().ToString("N")[..6]);
        var random = new Random(7);
        string[] lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C8", "C9", "C10", "C11"];
        var crowd = Enumerable.Range(0, 60_000).Select(i => new DirectoryEntry($"p{i}", $"Person {i}", "Org", "KE",
            (StakeholderType)(i % 6), Participation.OnSite, [lines[random.Next(lines.Length)]], [1 + random.Next(17)], [], ["en"])).ToArray();
        await directory.SetManyAsync(crowd);
        var me = new DirectoryEntry("me", "Me", "Org", "CH", StakeholderType.Government, Participation.OnSite,
            ["C7 e-health", "C7 e-agriculture", "C2"], [3, 2], ["rural"], ["fr"]);
        var twin = me with { AttendeeId = "twin", Name = "Twin", StakeholderType = StakeholderType.PrivateSector };
        await directory.SetManyAsync([me, twin]);

        var suggestions = await directory.SuggestAsync("me", exclude: ["p0"], take: 10);

        Assert.Equal(10, suggestions.Length);
        Assert.Equal("twin", suggestions[0].Person.AttendeeId);
        Assert.Equal([
            (MatchReasonKind.SharedActionLines, 3, "C2|C7 e-agriculture|C7 e-health"),
            (MatchReasonKind.SharedSdgs, 2, "2|3"),
            (MatchReasonKind.SharedTracks, 1, "rural"),
            (MatchReasonKind.ComplementaryStakeholders, 2, "Government|PrivateSector"),
            (MatchReasonKind.CommonLanguages, 1, "fr")],
            suggestions[0].Reasons.Select(r => (r.Kind, r.Count, string.Join('|', r.Codes))));
        Assert.DoesNotContain(suggestions, s => s.Person.AttendeeId is "me" or "p0");
        Assert.True(suggestions.Zip(suggestions.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
