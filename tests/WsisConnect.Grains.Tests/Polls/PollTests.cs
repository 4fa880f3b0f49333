using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Polls;

/// <summary>The poll's hot path: partitioned voters, batched writes, summed and coalesced results.</summary>
public abstract class PollTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private Task<VoteReceipt> Vote(string pollId, Caller voter, Ballot ballot) =>
        Grains.GetGrain<IPollPartitionGrain>(PollPartitionKey.For(pollId, voter.AttendeeId).ToGrainKey()).VoteAsync(voter, ballot);

    private async Task<(SessionDetails Session, Caller Moderator, PollDetails Poll)> OpenPollAsync(PollDraft draft)
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var poll = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, draft);
        return (session, moderator, await Grains.GetGrain<IPollGrain>(poll.Id).OpenAsync(moderator));
    }

    [Fact]
    public async Task ConcurrentVotesAndChangesFromManyPeopleAreCountedExactly()
    {
        var (_, moderator, poll) = await OpenPollAsync(new PollDraft("Priority?", PollKind.SingleChoice, ["a", "b", "c", "d"]));
        var voters = Enumerable.Range(0, 800).Select(i => Person($"V{i}", i % 3 == 0 ? Participation.Remote : Participation.OnSite)).ToList();

        await Task.WhenAll(voters.Select((v, i) => Vote(poll.Id, v, new Ballot([i % 4]))));
        // A quarter change their minds, all at once: each change moves one vote, never adds one.
        await Task.WhenAll(voters.Where((_, i) => i % 4 == 0).Select(v => Vote(poll.Id, v, new Ballot([3]))));

        var expected = new int[4];
        for (var i = 0; i < voters.Count; i++) expected[i % 4 == 0 ? 3 : i % 4]++;
        var view = await Grains.GetGrain<IPollGrain>(poll.Id).GetAsync(moderator);
        Assert.Equal(800, view.Results!.Voters);
        Assert.Equal(voters.Count(v => v.Participation == Participation.Remote), view.Results.RemoteVoters);
        Assert.Equal(expected, view.Results.Options.Select(o => o.OnSite + o.Remote));
    }

    [Fact]
    public async Task ResultPushesAreCoalescedNotOnePerVote()
    {
        var (session, _, poll) = await OpenPollAsync(new PollDraft("Quick?", PollKind.SingleChoice, ["yes", "no"]));
        var before = fixture.Broadcaster.ResultPushes(session.Id).Count;

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Vote(poll.Id, Person($"V{i}"), new Ballot([i % 2]))));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (fixture.Broadcaster.ResultPushes(session.Id) is var pushed && (pushed.Count == 0 || pushed[^1].Voters != 500))
        {
            Assert.True(DateTime.UtcNow < deadline, "The final count was never pushed.");
            await Task.Delay(50);
        }

        var pushes = fixture.Broadcaster.ResultPushes(session.Id).Skip(before).ToList();
        Assert.InRange(pushes.Count, 1, 25);
        Assert.Equal([250, 250], pushes[^1].Options.Select(o => o.OnSite));
    }

    [Fact]
    public async Task VotesAreRestoredFromTheStoreAfterEveryGrainIsDeactivated()
    {
        var (_, moderator, poll) = await OpenPollAsync(new PollDraft("Rate it", PollKind.Rating, [], RatingMin: 1, RatingMax: 5, AllowChange: false));
        var voters = Enumerable.Range(0, 40).Select(i => Person($"V{i}")).ToList();
        await Task.WhenAll(voters.Select((v, i) => Vote(poll.Id, v, new Ballot([], Rating: 1 + i % 5))));

        await fixture.Cluster.DeactivateAsync(Grains.GetGrain<IPollGrain>(poll.Id));
        for (var i = 0; i < PollLimits.Shards; i++)
        {
            await fixture.Cluster.DeactivateAsync(Grains.GetGrain<IPollPartitionGrain>(new PollPartitionKey(poll.Id, i).ToGrainKey()));
        }

        var view = await Grains.GetGrain<IPollGrain>(poll.Id).GetAsync(moderator);
        Assert.Equal([8, 8, 8, 8, 8], view.Results!.Options.Select(o => o.OnSite));
        var again = await Assert.ThrowsAsync<ForumException>(() => Vote(poll.Id, voters[0], new Ballot([], Rating: 5)));
        Assert.Equal(ErrorCodes.PollAlreadyVoted, again.Code);
    }

    [Fact]
    public async Task ClosingStopsEveryPartitionBeforeItReturns()
    {
        var (_, moderator, poll) = await OpenPollAsync(new PollDraft("Last call", PollKind.SingleChoice, ["a", "b"]));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Vote(poll.Id, Person($"V{i}"), new Ballot([0]))));

        await Grains.GetGrain<IPollGrain>(poll.Id).CloseAsync(moderator);
        var late = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            (await Record.ExceptionAsync(() => Vote(poll.Id, Person($"Late{i}"), new Ballot([1])))) as ForumException));

        Assert.All(late, e => Assert.Equal(ErrorCodes.PollNotOpen, e?.Code));
        Assert.Equal([50, 0], (await Grains.GetGrain<IPollGrain>(poll.Id).GetResultsAsync()).Options.Select(o => o.OnSite));
    }

    [Fact]
    public async Task QuizAnswersEarnAlikeUntilTheQuizClosesThenRightOnesScoreOnceEvenAfterEveryGrainIsDeactivated()
    {
        var (session, moderator, poll) = await OpenPollAsync(new PollDraft("When was the Geneva Plan of Action adopted?", PollKind.Quiz,
            ["2001", "2003", "2005"], CorrectOption: 1, CountdownSeconds: 60));
        var (right, wrong, marker) = (Person("Right"), Person("Wrong"), Person("Marker"));
        var quiz = Grains.GetGrain<IPollGrain>(poll.Id);

        var rightReceipt = await Vote(poll.Id, right, new Ballot([1]));
        var wrongReceipt = await Vote(poll.Id, wrong, new Ballot([0]));
        await Vote(poll.Id, marker, new Ballot([2]));
        await Grains.UntilAppliedAsync(marker, 1);

        Assert.Equal(rightReceipt with { Ballot = wrongReceipt.Ballot }, wrongReceipt);
        foreach (var voter in new[] { right, wrong })
        {
            Assert.Equal(1, (await Grains.StandingAsync(voter)).MyPoints);
            Assert.Null((await quiz.GetAsync(voter)).MyQuizPoints);
        }

        await quiz.CloseAsync(moderator);
        var score = (await quiz.GetAsync(right)).MyQuizPoints!.Value;
        Assert.InRange(score, 900, 1000);
        Assert.Equal(0, (await quiz.GetAsync(wrong)).MyQuizPoints);
        await Grains.UntilAppliedAsync(right, 1 + score / 100);

        await fixture.Cluster.DeactivateAsync(quiz);
        for (var i = 0; i < PollLimits.Shards; i++)
        {
            await fixture.Cluster.DeactivateAsync(Grains.GetGrain<IPollPartitionGrain>(new PollPartitionKey(poll.Id, i).ToGrainKey()));
        }
        Assert.Equal(score, (await quiz.GetAsync(right)).MyQuizPoints);
        var next = await Grains.GetGrain<ISessionPollsGrain>(session.Id).CreateAsync(moderator, new PollDraft("Another?", PollKind.SingleChoice, ["yes", "no"]));
        await Grains.GetGrain<IPollGrain>(next.Id).OpenAsync(moderator);
        await Vote(next.Id, marker, new Ballot([0]));
        await Grains.UntilAppliedAsync(marker, 2);

        Assert.Equal(1 + score / 100, (await Grains.StandingAsync(right)).MyPoints);
        Assert.Equal(1, (await Grains.StandingAsync(wrong)).MyPoints);
    }
}

/// <summary>Polls on the embedded Garnet.</summary>
public sealed class PollOnGarnetTests(GarnetClusterFixture fixture) : PollTests(fixture), IClassFixture<GarnetClusterFixture>;

/// <summary>Polls on redis-server.</summary>
public sealed class PollOnRedisTests(RedisClusterFixture fixture) : PollTests(fixture), IClassFixture<RedisClusterFixture>;
