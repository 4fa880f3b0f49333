using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Directory;

/// <summary>Leaving the directory hides a person everywhere people are listed, where they are already checked in too.</summary>
public sealed class ListingTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    private ISessionPresenceGrain Presence(SessionDetails session) => Grains.GetGrain<ISessionPresenceGrain>(session.Id);

    private IDirectoryGrain Directory => Grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum);

    [Fact]
    public async Task LeavingTheDirectoryHidesAPersonFromPresenceSearchSuggestionsAndTheTopTenNamesAndComingBackShowsThemAgain()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var person = await Grains.RegisteredAsync($"Private Person {tag}");
        var peer = await Grains.RegisteredAsync("Peer");
        var watcher = Person("Watcher");
        var profile = NetworkingProfile.Empty with { ActionLines = ["C3", "C4"], Sdgs = [4] };
        await Grains.GetGrain<IProfileGrain>(person.AttendeeId).UpdateAsync(person, profile);
        await Grains.GetGrain<IProfileGrain>(peer.AttendeeId).UpdateAsync(peer, profile);
        SessionDetails[] sessions = [await Grains.PublishAsync(Session(QuestionMode.Open)), await Grains.PublishAsync(Session(QuestionMode.Open))];
        foreach (var session in sessions)
        {
            await Presence(session).CheckInAsync(person, visible: true);
        }
        // Enough points for the top 10 of this cluster: 3 per check-in, 5 per contact.
        for (var i = 0; i < 4; i++)
        {
            var other = await Grains.RegisteredAsync($"Contact {i}");
            await Grains.GetGrain<IContactPairGrain>(ContactPairKey.Of(person.AttendeeId, other.AttendeeId).ToGrainKey())
                .ConnectAsync(new ContactParty(person.AttendeeId, person.Name), new ContactParty(other.AttendeeId, other.Name), ContactSource.Badge);
        }
        await Grains.UntilAppliedAsync(person, 26);
        Assert.Contains((await Grains.StandingAsync(watcher)).Top.Top, e => e.AttendeeId == person.AttendeeId && e.Name == person.Name);
        Assert.Contains(await Directory.SuggestAsync(peer.AttendeeId, [], 50), s => s.Person.AttendeeId == person.AttendeeId);

        await Grains.GetGrain<IProfileGrain>(person.AttendeeId).UpdateAsync(person, profile with { Listed = false });
        var later = await Grains.PublishAsync(Session(QuestionMode.Open));
        await Presence(later).CheckInAsync(person, visible: true);
        // That check-in earns its 3 points as well; waited for, so the standing below never races their batch.
        await Grains.UntilAppliedAsync(person, 29);
        foreach (var session in sessions)
        {
            await fixture.Cluster.DeactivateAsync(Presence(session));
        }

        foreach (var session in sessions.Append(later))
        {
            var here = await Presence(session).GetAsync(watcher);
            Assert.Equal((1, 0), (here.OnSite, here.Visible.Length));
        }
        Assert.Empty(await Directory.SearchAsync(tag, 0, 50));
        Assert.DoesNotContain(await Directory.SuggestAsync(peer.AttendeeId, [], 50), s => s.Person.AttendeeId == person.AttendeeId);
        var board = await Grains.StandingAsync(person);
        var place = Assert.Single(board.Top.Top, e => e.Rank == board.MyRank);
        Assert.Equal((null, null, 29L), (place.AttendeeId, place.Name, place.Points));
        Assert.DoesNotContain(board.Top.Top, e => e.AttendeeId == person.AttendeeId || e.Name == person.Name);

        await Grains.GetGrain<IProfileGrain>(person.AttendeeId).UpdateAsync(person, profile);

        Assert.Equal(person.AttendeeId, Assert.Single((await Presence(sessions[0]).GetAsync(watcher)).Visible).AttendeeId);
        Assert.Single((await Presence(later).GetAsync(watcher)).Visible);
        Assert.Single(await Directory.SearchAsync(tag, 0, 50));
        Assert.Contains((await Grains.StandingAsync(watcher)).Top.Top, e => e.AttendeeId == person.AttendeeId && e.Name == person.Name);
    }
}
