using System.Collections.Concurrent;
using System.Text.Json;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Polls;

/// <summary>Polls through the real server, with the SDK over real WebSockets.</summary>
[Collection(ServerCollection.Name)]
public sealed class LivePollTests(ForumServerFixture server)
{
    private static readonly PollDraft ThreeOptions = new("Which action line needs most attention?", PollKind.SingleChoice, ["C2 infrastructure", "C4 capacity", "C5 security"]);

    [Fact]
    public async Task ModeratorRunsAPollAndEveryoneSeesLiveResultsSplitBetweenRoomAndRemote()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var onSite = await server.SignInAsync("Amina", Participation.OnSite);
        await using var remote = await server.SignInAsync("Lucas", Participation.Remote);
        await onSite.Live.JoinAsync(session.Id);
        await remote.Live.JoinAsync(session.Id);
        await moderator.Live.JoinAsync(session.Id);
        var seen = new ConcurrentQueue<PollResults>();
        remote.Live.PollResultsChanged += seen.Enqueue;
        var opened = new TaskCompletionSource<PollDetails>(TaskCreationOptions.RunContinuationsAsynchronously);
        onSite.Live.PollChanged += p => { if (p.Status == PollStatus.Open) opened.TrySetResult(p); };

        var poll = await moderator.Live.CreatePoll(session.Id, ThreeOptions);
        Assert.Empty(await onSite.Live.ListPolls(session.Id));
        Assert.Single(await moderator.Live.ListPolls(session.Id));
        await moderator.Live.OpenPoll(poll.Id);
        await opened.Task.WaitAsync(Waits.Push);

        await onSite.Live.Vote(poll.Id, new Ballot([0]));
        await remote.Live.Vote(poll.Id, new Ballot([0]));
        var changed = await remote.Live.Vote(poll.Id, new Ballot([2]));
        Assert.True(changed.Replaced);

        await WaitForAsync(() => seen.Any(r => r.Voters == 2 && r.Options[2].Remote == 1 && r.Options[0].OnSite == 1 && r.Options[0].Remote == 0));
        await moderator.Live.ClosePoll(poll.Id);
        var final = Assert.Single(await remote.Live.ListPolls(session.Id));
        Assert.Equal(PollStatus.Closed, final.Poll.Status);
        Assert.Equal([(1, 0), (0, 0), (0, 1)], final.Results!.Options.Select(o => (o.OnSite, o.Remote)));
        Assert.Equal([2], final.MyBallot!.Options);
    }

    [Fact]
    public async Task BadVotesGetTypedErrorsAndTheCountsReadBackUnchanged()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var voter = await server.SignInAsync("Voter");
        var single = await moderator.Live.CreatePoll(session.Id, ThreeOptions with { AllowChange = false });
        var multiple = await moderator.Live.CreatePoll(session.Id, new PollDraft("Pick two", PollKind.MultipleChoice, ["a", "b", "c", "d"], MaxChoices: 2));
        var rating = await moderator.Live.CreatePoll(session.Id, new PollDraft("Rate the session", PollKind.Rating, [], RatingMin: 1, RatingMax: 5));
        var words = await moderator.Live.CreatePoll(session.Id, new PollDraft("One word for WSIS+20", PollKind.WordCloud, []));

        await AssertRefused(ErrorCodes.PollNotOpen, () => voter.Live.Vote(single.Id, new Ballot([0])));
        foreach (var p in new[] { single, multiple, rating, words })
        {
            await moderator.Live.OpenPoll(p.Id);
        }
        await voter.Live.Vote(single.Id, new Ballot([1]));
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => voter.Live.Vote(single.Id, new Ballot([2])));
        await AssertRefused(ErrorCodes.PollInvalidOption, () => voter.Live.Vote(multiple.Id, new Ballot([7])));
        await AssertRefused(ErrorCodes.PollTooManyChoices, () => voter.Live.Vote(multiple.Id, new Ballot([0, 1, 2])));
        await AssertRefused(ErrorCodes.PollTooManyChoices, () => voter.Live.Vote(multiple.Id, new Ballot([])));
        await AssertRefused(ErrorCodes.PollRatingOutOfRange, () => voter.Live.Vote(rating.Id, new Ballot([], Rating: 9)));
        await AssertRefused(ErrorCodes.PollInvalidAnswer, () => voter.Live.Vote(words.Id, new Ballot([], Text: "   ")));
        await AssertRefused(ErrorCodes.PollInvalidAnswer, () => voter.Live.Vote(words.Id, new Ballot([], Text: new string('w', 41))));
        await AssertRefused(ErrorCodes.PollNotFound, () => voter.Live.Vote("nope.p1", new Ballot([0])));
        await AssertRefused(ErrorCodes.Forbidden, () => voter.Live.CreatePoll(session.Id, ThreeOptions));
        await AssertRefused(ErrorCodes.Forbidden, () => voter.Live.ClosePoll(single.Id));
        await AssertRefused(ErrorCodes.PollInvalid, () => moderator.Live.CreatePoll(session.Id, ThreeOptions with { Options = ["only one"] }));
        await moderator.Live.ClosePoll(rating.Id);
        await AssertRefused(ErrorCodes.PollNotOpen, () => voter.Live.Vote(rating.Id, new Ballot([], Rating: 3)));
        await AssertRefused(ErrorCodes.PollInvalidTransition, () => moderator.Live.OpenPoll(rating.Id));

        var polls = (await moderator.Live.ListPolls(session.Id)).ToDictionary(p => p.Poll.Id);
        Assert.Equal([0, 1, 0], polls[single.Id].Results!.Options.Select(o => o.OnSite));
        Assert.All(new[] { multiple, rating, words }, p => Assert.Equal(0, polls[p.Id].Results!.Voters));
    }

    [Fact]
    public async Task ResultsShownAfterCloseStayHiddenFromParticipantsUntilThen()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var voter = await server.SignInAsync("Voter");
        var poll = await moderator.Live.CreatePoll(session.Id, ThreeOptions with { Visibility = ResultsVisibility.AfterClose });
        await moderator.Live.OpenPoll(poll.Id);

        await voter.Live.Vote(poll.Id, new Ballot([1]));

        Assert.Null(Assert.Single(await voter.Live.ListPolls(session.Id)).Results);
        Assert.Equal(1, Assert.Single(await moderator.Live.ListPolls(session.Id)).Results!.Voters);
        await moderator.Live.ShowPollResults(poll.Id);
        Assert.Equal(1, Assert.Single(await voter.Live.ListPolls(session.Id)).Results!.Voters);
    }

    [Fact]
    public async Task WordCloudAnswersMergeIgnoringCaseAndSpacing()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        var poll = await moderator.Live.CreatePoll(session.Id, new PollDraft("One word", PollKind.WordCloud, []));
        await moderator.Live.OpenPoll(poll.Id);

        foreach (var answer in new[] { "Digital  Inclusion", " digital inclusion ", "AI" })
        {
            await using var voter = await server.SignInAsync("Voter");
            await voter.Live.Vote(poll.Id, new Ballot([], Text: answer));
        }

        var words = Assert.Single(await moderator.Live.ListPolls(session.Id)).Results!.Words;
        Assert.Equal(("digital inclusion", 2), (words[0].Word, words[0].OnSite));
        Assert.Equal("ai", words[1].Word);
    }

    [Fact]
    public async Task NothingAVoterReceivesTellsARightQuizAnswerFromAWrongOneUntilTheQuizClosesThenEachLearnsTheirResult()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var player = await server.SignInAsync("Player");
        await using var wrong = await server.SignInAsync("Wrong");
        PushRecorder[] heard = [new(player.Live), new(wrong.Live)];
        await player.Live.JoinAsync(session.Id);
        await wrong.Live.JoinAsync(session.Id);
        var poll = await moderator.Live.CreatePoll(session.Id,
            new PollDraft("In which year was the Geneva Plan of Action adopted?", PollKind.Quiz, ["2001", "2003", "2005"], CorrectOption: 1, CountdownSeconds: 60));
        await moderator.Live.OpenPoll(poll.Id);

        Assert.Null(Assert.Single(await player.Live.ListPolls(session.Id)).Poll.Definition.CorrectOption);
        var right = await player.Live.Vote(poll.Id, new Ballot([1]));
        var missed = await wrong.Live.Vote(poll.Id, new Ballot([0]));
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => player.Live.Vote(poll.Id, new Ballot([2])));
        await Waits.UntilAsync(async () => (await wrong.Live.GetLeaderboard()).MyPoints == 1 && (await player.Live.GetLeaderboard()).MyPoints == 1,
            "both voters have their point for voting");

        Assert.Equal(right with { Ballot = missed.Ballot }, missed);
        Assert.Equal(JsonSerializer.Serialize(right).Replace("[1]", "[0]", StringComparison.Ordinal), JsonSerializer.Serialize(missed));
        var views = new[] { Assert.Single(await player.Live.ListPolls(session.Id)), Assert.Single(await wrong.Live.ListPolls(session.Id)) };
        Assert.All(views, v => Assert.Null(v.MyQuizPoints));
        Assert.Equal(JsonSerializer.Serialize(views[0] with { MyBallot = null }), JsonSerializer.Serialize(views[1] with { MyBallot = null }));
        // Both are in the same audiences: what one hears, the other hears too, push for push (pushes from different
        // grains may arrive in another order).
        await Waits.UntilAsync(() => Task.FromResult(Sorted(heard[0]).SequenceEqual(Sorted(heard[1]))), "both voters heard the same pushes");
        Assert.DoesNotContain(heard[0].Pushes, p => p.Json.Contains("\"CorrectOption\":1", StringComparison.Ordinal));

        await moderator.Live.ClosePoll(poll.Id);

        var after = Assert.Single(await player.Live.ListPolls(session.Id));
        Assert.Equal(1, after.Poll.Definition.CorrectOption);
        Assert.InRange(after.MyQuizPoints!.Value, 900, 1000);
        Assert.Equal(0, Assert.Single(await wrong.Live.ListPolls(session.Id)).MyQuizPoints);
        await Waits.UntilAsync(async () => (await player.Live.GetLeaderboard()).MyPoints == 1 + after.MyQuizPoints.Value / 100, "the quiz points awarded at close");
    }

    [Fact]
    public async Task OpenTextAnswersAreModeratedLikeQuestions()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var onSite = await server.SignInAsync("Amina", Participation.OnSite);
        await using var remote = await server.SignInAsync("Lucas", Participation.Remote);
        var poll = await moderator.Live.CreatePoll(session.Id, new PollDraft("What should WSIS+20 fix first?", PollKind.OpenText, []));
        await moderator.Live.OpenPoll(poll.Id);

        await onSite.Live.Vote(poll.Id, new Ballot([], Text: "  Affordable devices for schools  "));
        await remote.Live.Vote(poll.Id, new Ballot([], Text: "Spam spam spam"));
        await AssertRefused(ErrorCodes.PollInvalidAnswer, () => remote.Live.Vote(poll.Id, new Ballot([], Text: new string('x', 281))));

        Assert.Empty(Assert.Single(await onSite.Live.ListPolls(session.Id)).Results!.Entries);
        var pending = Assert.Single(await moderator.Live.ListPolls(session.Id)).Results!.Entries;
        Assert.All(pending, e => Assert.Equal(EntryStatus.Pending, e.Status));
        var good = pending.Single(e => e.Text == "Affordable devices for schools");
        await moderator.Live.ModeratePollEntry(poll.Id, good.Id, approve: true);
        await moderator.Live.ModeratePollEntry(poll.Id, pending.Single(e => e.Origin == Participation.Remote).Id, approve: false);
        await AssertRefused(ErrorCodes.PollEntryNotFound, () => moderator.Live.ModeratePollEntry(poll.Id, "7.99", approve: true));
        await AssertRefused(ErrorCodes.Forbidden, () => onSite.Live.ModeratePollEntry(poll.Id, good.Id, approve: true));

        var shown = Assert.Single(Assert.Single(await remote.Live.ListPolls(session.Id)).Results!.Entries);
        Assert.Equal(("Affordable devices for schools", Participation.OnSite, EntryStatus.Approved), (shown.Text, shown.Origin, shown.Status));
    }

    private static IEnumerable<string> Sorted(PushRecorder recorder) => recorder.Pushes.Select(p => $"{p.Method} {p.Json}").Order(StringComparer.Ordinal);

    private static async Task AssertRefused(string code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<LiveHubException>(call);
        Assert.Equal(code, error.Code);
    }

    private static Task WaitForAsync(Func<bool> condition) => Waits.UntilAsync(() => Task.FromResult(condition()), "the expected push");
}
