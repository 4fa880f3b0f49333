using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using StackExchange.Redis;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using WsisConnect.Testing;
using Xunit;
using Xunit.Abstractions;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>
/// Two server processes on loopback sharing one real redis-server that requires a password, as production Redis
/// must: one Orleans cluster, one SignalR backplane, every connection authenticated. Nothing about sessions or
/// connections may live in only one node's memory.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class TwoNodeClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private RedisServerProcess _redis = null!;
    private ServerProcess _nodeA = null!;
    private ServerProcess _nodeB = null!;
    private readonly string _serviceId = "two-nodes-" + Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync(password: "two-nodes-" + Guid.NewGuid().ToString("N"));
        var options = new ServerProcessOptions
        {
            DataDirectory = _data.Path,
            Redis = _redis.ConnectionString,
            ServiceId = _serviceId,
            DemoEnabled = true,
            Environment = new Dictionary<string, string?> { ["Orleans__AdvertisedIP"] = "127.0.0.1" },
        };
        _nodeA = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
        _nodeB = await ServerProcess.StartAsync(options, TimeSpan.FromSeconds(120));
    }

    public async Task DisposeAsync()
    {
        output.WriteLine("node A:\n" + _nodeA?.RecentOutput);
        output.WriteLine("node B:\n" + _nodeB?.RecentOutput);
        if (_nodeB is not null) await _nodeB.DisposeAsync();
        if (_nodeA is not null) await _nodeA.DisposeAsync();
        await _redis.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task QuestionAskedThroughOneNodeReachesTheOtherAndModerationComesBack()
    {
        // Signed in on A, connected to B: the token key is shared through the store.
        await using var participant = await SignedIn.OnAsync(_nodeB, _nodeA, DemoPeople.Remote);
        await using var moderator = await SignedIn.OnAsync(_nodeA, _nodeB, DemoPeople.Moderator);
        await using var onSiteOnB = await SignedIn.OnAsync(_nodeB, _nodeB, DemoPeople.OnSite);
        var session = DemoPeople.PreModeratedSession;
        var participantView = await participant.Live.JoinAsync(session);
        var moderatorView = await moderator.Live.JoinAsync(session);
        var onSiteView = await onSiteOnB.Live.JoinAsync(session);
        Assert.True(moderatorView.IsModerator);

        var asked = await participant.Live.AskQuestion(session, "Will the outcome document be translated into all six languages?", anonymous: false);

        await moderatorView.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id && q.Status == QuestionStatus.Pending), Waits.Push);
        await moderator.Live.Moderate(session, asked.Id, ModerationAction.Approve);
        await moderator.Live.Moderate(session, asked.Id, ModerationAction.Pin);

        await participantView.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id && q.Pinned && q.Status == QuestionStatus.Approved), Waits.Push);
        await onSiteView.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id && q.Pinned), Waits.Push);
    }

    [Fact]
    public async Task UpvotesThroughBothNodesAreCountedOnceAndSeenEverywhere()
    {
        await using var asker = await SignedIn.OnAsync(_nodeA, _nodeA, DemoPeople.OnSite);
        await using var voterOnB = await SignedIn.OnAsync(_nodeB, _nodeB, DemoPeople.Remote);
        await using var voterOnA = await SignedIn.OnAsync(_nodeA, _nodeA, DemoPeople.Organiser);
        var session = DemoPeople.OpenSession;
        var viewOnB = await voterOnB.Live.JoinAsync(session);
        var asked = await asker.Live.AskQuestion(session, "Which SDGs does C7 e-agriculture serve best?", anonymous: true);

        await voterOnB.Live.Upvote(session, asked.Id);
        await voterOnA.Live.Upvote(session, asked.Id);
        var again = await Assert.ThrowsAsync<WsisConnect.Client.Live.LiveHubException>(() => voterOnB.Live.Upvote(session, asked.Id));

        Assert.Equal(WsisConnect.Contracts.Errors.ErrorCodes.AlreadyUpvoted, again.Code);
        await viewOnB.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id && q.Upvotes == 2), Waits.Push);
        var fromA = await asker.Api.GetQuestionsAsync(session);
        var fromB = await voterOnB.Api.GetQuestionsAsync(session);
        Assert.Equal(fromA.Questions.Single(q => q.Id == asked.Id), fromB.Questions.Single(q => q.Id == asked.Id));
    }

    [Fact]
    public async Task APersonsOwnPushesReachEachOfTheirDevicesOnEitherNode()
    {
        // Two people who registered just now, so nothing in the demo forum links them already.
        using var http = new HttpClient { BaseAddress = _nodeA.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var owner = await new ForumApiClient(http).RegisterAsync("Device owner", "ITU", "CH", StakeholderType.Government, "en");
        var scanner = await new ForumApiClient(http).RegisterAsync("Badge scanner", "UNESCO", "FR", StakeholderType.CivilSociety, "fr");
        await using var phoneOnA = await SignedIn.OnAsync(_nodeA, _nodeA, owner.Code);
        await using var laptopOnB = await SignedIn.OnAsync(_nodeB, _nodeB, owner.Code);
        await using var scannerOnB = await SignedIn.OnAsync(_nodeB, _nodeB, scanner.Code);
        SignedIn[] devices = [phoneOnA, laptopOnB];
        var contactOn = devices.Select(d => Told<Contact>(h => d.Live.ContactAdded += h)).ToArray();
        var messageOn = devices.Select(d => Told<DirectMessage>(h => d.Live.MessageReceived += h)).ToArray();

        var badge = await phoneOnA.Live.GetBadge();
        Assert.True((await scannerOnB.Live.ScanBadge(badge.Token, null, null)).Created);
        foreach (var told in contactOn)
        {
            Assert.Equal(scanner.Profile.Id, (await told.Task.WaitAsync(Waits.Push)).AttendeeId);
        }
        var sent = await scannerOnB.Live.SendMessage(owner.Profile.Id, "See you at the C7 e-agriculture session?");
        foreach (var told in messageOn)
        {
            Assert.Equal(sent.Sequence, (await told.Task.WaitAsync(Waits.Push)).Sequence);
        }
    }

    private static TaskCompletionSource<T> Told<T>(Action<Action<T>> subscribe)
    {
        var told = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        subscribe(value => told.TrySetResult(value));
        return told;
    }

    [Fact]
    public async Task DeletingAnAccountOnOneNodeClosesItsConnectionOnTheOtherAndNothingSentOnItIsStored()
    {
        var leavingApi = new ForumApiClient(new HttpClient { BaseAddress = _nodeA.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
        var registered = await leavingApi.RegisterAsync("Leaving Participant", "Remote Hub", "BR", StakeholderType.CivilSociety, "en");
        await using var onB = await LiveConnection.ConnectAsync(_nodeB.BaseAddress, registered.Token);
        await using var watcher = await SignedIn.OnAsync(_nodeB, _nodeB, DemoPeople.Moderator);
        var session = DemoPeople.OpenSession;
        await onB.JoinAsync(session);
        await onB.AskQuestion(session, "Asked before leaving", anonymous: false);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lost = TimeSpan.Zero;
        onB.Connection.Reconnecting += _ => { lost = clock.Elapsed; return Task.CompletedTask; };
        onB.Connection.Closed += _ => { lost = lost == TimeSpan.Zero ? clock.Elapsed : lost; return Task.CompletedTask; };
        await leavingApi.DeleteMyAccountAsync();
        var deleted = clock.Elapsed;

        // Sent on node B right after node A answered: refused by node B, or the connection is already gone.
        await Assert.ThrowsAnyAsync<Exception>(() => onB.AskQuestion(session, "Asked after leaving", anonymous: false));
        await onB.UntilClosedAsync("node B closed the deleted account's connection");
        output.WriteLine($"node B closed the connection {lost.TotalMilliseconds:0} ms after DELETE /api/me was sent to node A, which answered after {deleted.TotalMilliseconds:0} ms");
        var questions = (await watcher.Api.GetQuestionsAsync(session)).Questions;
        Assert.DoesNotContain(questions, q => q.Text == "Asked after leaving");
        Assert.Null(questions.Single(q => q.Text == "Asked before leaving").AuthorName);
        var onNodeB = new ForumApiClient(new HttpClient { BaseAddress = _nodeB.BaseAddress }) { Token = registered.Token };
        var refused = await Assert.ThrowsAsync<ForumApiException>(() => onNodeB.GetMeAsync());
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated), (refused.Status, refused.Code));
    }

    [Fact]
    public async Task BothNodesKeepEverythingInAPasswordProtectedRedisThatRefusesOthers()
    {
        await using var participant = await SignedIn.OnAsync(_nodeA, _nodeB, DemoPeople.Remote);
        await participant.Live.AskQuestion(DemoPeople.OpenSession, "Who may read the store?", anonymous: false);

        await using var owner = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var server = owner.GetServer(owner.GetEndPoints()[0]);
        Assert.NotEmpty(server.Keys(pattern: _serviceId + "*", pageSize: 100).Take(1));
        var options = ConfigurationOptions.Parse(_redis.ConnectionStringWithout);
        options.ConnectTimeout = 2000;
        await using var stranger = await ConnectionMultiplexer.ConnectAsync(options);
        await Assert.ThrowsAnyAsync<RedisException>(() => stranger.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
