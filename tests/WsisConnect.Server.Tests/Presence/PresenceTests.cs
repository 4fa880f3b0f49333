using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Presence;

/// <summary>Check-in and who is here, through the real server.</summary>
[Collection(ServerCollection.Name)]
public sealed class PresenceTests(ForumServerFixture server)
{
    [Fact]
    public async Task CheckInsAreCountedOnSiteAndRemoteLiveAndOnlyVisiblePeopleAreListed()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var watcher = await server.SignInAsync("Watcher");
        await using var onSite = await server.SignInAsync("Visible on site", Participation.OnSite);
        await using var remote = await server.SignInAsync("Hidden remote", Participation.Remote);
        await watcher.Live.JoinAsync(session.Id);
        var pushed = new TaskCompletionSource<SessionPresence>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Live.PresenceChanged += p => { if (p.OnSite == 1 && p.Remote == 1) pushed.TrySetResult(p); };

        await onSite.Live.CheckIn(session.Id, visible: true);
        var mine = await remote.Live.CheckIn(session.Id, visible: false);
        await remote.Live.CheckIn(session.Id, visible: false);

        Assert.True(mine.CheckedIn);
        var seen = await pushed.Task.WaitAsync(Waits.Push);
        Assert.Equal(onSite.Profile.Id, Assert.Single(seen.Visible).AttendeeId);
        await onSite.Live.CheckOut(session.Id);
        var after = await watcher.Live.GetPresence(session.Id);
        Assert.Equal((0, 1, 0), (after.OnSite, after.Remote, after.Visible.Length));
        var unknown = await Assert.ThrowsAsync<LiveHubException>(() => watcher.Live.CheckIn("no-such-session", true));
        Assert.Equal(ErrorCodes.SessionNotFound, unknown.Code);
    }

    [Fact]
    public async Task SessionsAttendedTogetherCountForMatchmaking()
    {
        var sessions = new[] { await server.CreateSessionAsync(QuestionMode.Open), await server.CreateSessionAsync(QuestionMode.Open) };
        await using var me = await server.SignInAsync("Me");
        await using var peer = await server.SignInAsync("Peer");
        await me.Api.UpdateMyProfileAsync(NetworkingProfile.Empty with { ActionLines = ["C3"] });
        await peer.Api.UpdateMyProfileAsync(NetworkingProfile.Empty with { ActionLines = ["C3"] });
        foreach (var session in sessions)
        {
            await me.Live.CheckIn(session.Id, visible: true);
            await peer.Live.CheckIn(session.Id, visible: true);
        }

        var suggestion = (await me.Live.GetSuggestions(50)).Single(s => s.Person.AttendeeId == peer.Profile.Id);

        var inCommon = Assert.Single(suggestion.Reasons, r => r.Kind == MatchReasonKind.SessionsInCommon);
        Assert.Equal(2, inCommon.Count);
        Assert.Empty(inCommon.Codes);
    }

    [Fact]
    public async Task LeavingTheDirectoryLaterHidesAPersonFromWhoIsHereWhereTheyAreCheckedInAndFromSearchAndSuggestions()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var profile = NetworkingProfile.Empty with { ActionLines = ["C5", "C10"] };
        await using var watcher = await server.SignInAsync("Watcher");
        await using var leaving = await server.SignInAsync($"Private {tag}");
        await watcher.Api.UpdateMyProfileAsync(profile);
        await leaving.Api.UpdateMyProfileAsync(profile);
        await watcher.Live.JoinAsync(session.Id);
        await leaving.Live.CheckIn(session.Id, visible: true);
        Assert.Equal(leaving.Profile.Id, Assert.Single((await watcher.Live.GetPresence(session.Id)).Visible).AttendeeId);
        Assert.Contains(await watcher.Live.GetSuggestions(50), s => s.Person.AttendeeId == leaving.Profile.Id);
        var hidden = new TaskCompletionSource<SessionPresence>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Live.PresenceChanged += p => { if (p.SessionId == session.Id && p.OnSite == 1 && p.Visible.Length == 0) hidden.TrySetResult(p); };

        await leaving.Api.UpdateMyProfileAsync(profile with { Listed = false });

        await hidden.Task.WaitAsync(Waits.Push);
        var after = await watcher.Live.GetPresence(session.Id);
        Assert.Equal((1, 0), (after.OnSite, after.Visible.Length));
        Assert.True((await leaving.Live.GetPresence(session.Id)).CheckedIn);
        Assert.Empty(await watcher.Api.SearchDirectoryAsync(tag));
        Assert.DoesNotContain(await watcher.Live.GetSuggestions(50), s => s.Person.AttendeeId == leaving.Profile.Id);
    }
}
