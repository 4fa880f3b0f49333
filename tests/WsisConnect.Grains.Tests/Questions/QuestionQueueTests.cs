using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>The question queue's rules, run against each real store (see the subclasses).</summary>
public abstract class QuestionQueueTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private IQuestionQueueGrain Queue(SessionDetails s) => Grains.GetGrain<IQuestionQueueGrain>(s.Id);

    [Fact]
    public async Task QuestionInOpenSessionIsVisibleToEveryoneWithItsOrigin()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var remote = Person("Lucas", Participation.Remote);

        var asked = await Queue(session).AskAsync(remote, "  How do we fund rural backhaul?  ", anonymous: false);

        Assert.Equal(QuestionStatus.Approved, asked.Status);
        Assert.Equal("How do we fund rural backhaul?", asked.Text);
        var seen = Assert.Single((await Queue(session).GetSnapshotAsync(Person("Someone else"))).Questions);
        Assert.Equal(Participation.Remote, seen.Origin);
        Assert.Equal("Lucas", seen.AuthorName);
    }

    [Fact]
    public async Task PreModeratedQuestionIsSeenOnlyByItsAskerAndModeratorsUntilApproved()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var asker = Person("Amina");
        var other = Person("Other");

        var asked = await Queue(session).AskAsync(asker, "What about older persons?", anonymous: false);

        Assert.Equal(QuestionStatus.Pending, asked.Status);
        Assert.Empty((await Queue(session).GetSnapshotAsync(other)).Questions);
        Assert.Single((await Queue(session).GetSnapshotAsync(asker)).Questions);
        var modView = await Queue(session).GetSnapshotAsync(moderator);
        Assert.True(modView.IsModerator);
        Assert.Equal(QuestionStatus.Pending, Assert.Single(modView.Questions).Status);

        await Queue(session).ModerateAsync(moderator, asked.Id, ModerationAction.Approve);

        Assert.Equal(QuestionStatus.Approved, Assert.Single((await Queue(session).GetSnapshotAsync(other)).Questions).Status);
    }

    [Theory]
    [InlineData("", ErrorCodes.QuestionEmpty)]
    [InlineData("   \n\t  ", ErrorCodes.QuestionEmpty)]
    [InlineData(null, ErrorCodes.QuestionTooLong)]
    public async Task BadQuestionIsRefusedAndNothingIsStored(string? text, string code)
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Amina");
        await Queue(session).AskAsync(asker, "A first, good question", anonymous: false);

        var error = await Assert.ThrowsAsync<ForumException>(() =>
            Queue(session).AskAsync(asker, text ?? new string('x', QuestionLimits.MaxLength + 1), anonymous: false));

        Assert.Equal(code, error.Code);
        Assert.Equal("A first, good question", Assert.Single((await Queue(session).GetSnapshotAsync(asker)).Questions).Text);
    }

    [Fact]
    public async Task QuestionOfExactlyTheLimitIsAccepted()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asked = await Queue(session).AskAsync(Person("A"), new string('q', QuestionLimits.MaxLength), anonymous: false);
        Assert.Equal(QuestionLimits.MaxLength, asked.Text.Length);
    }

    [Fact]
    public async Task AnonymousQuestionHidesItsAuthorFromEveryone()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var asker = Person("Amina");

        await Queue(session).AskAsync(asker, "Is anyone measuring this?", anonymous: true);

        foreach (var viewer in new[] { Person("Other"), moderator })
        {
            var q = Assert.Single((await Queue(session).GetSnapshotAsync(viewer)).Questions);
            Assert.Null(q.AuthorName);
            Assert.Null(q.AuthorId);
        }
        Assert.Single((await Queue(session).GetSnapshotAsync(asker)).MyQuestions);
    }

    [Fact]
    public async Task SecondUpvoteFromSamePersonIsRefusedAndWithdrawingAllowsAnotherLater()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var q = await Queue(session).AskAsync(Person("A"), "Question?", anonymous: false);
        var voter = Person("Voter");

        Assert.Equal(1, (await Queue(session).UpvoteAsync(voter, q.Id)).Upvotes);
        var error = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(voter, q.Id));
        Assert.Equal(ErrorCodes.AlreadyUpvoted, error.Code);
        Assert.Equal(1, Assert.Single((await Queue(session).GetSnapshotAsync(voter)).Questions).Upvotes);

        Assert.Equal(0, (await Queue(session).WithdrawUpvoteAsync(voter, q.Id)).Upvotes);
        var notUpvoted = await Assert.ThrowsAsync<ForumException>(() => Queue(session).WithdrawUpvoteAsync(voter, q.Id));
        Assert.Equal(ErrorCodes.NotUpvoted, notUpvoted.Code);
        Assert.Equal(1, (await Queue(session).UpvoteAsync(voter, q.Id)).Upvotes);
    }

    [Fact]
    public async Task AskersCannotUpvoteTheirOwnQuestionsAnonymousOrNot()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Amina");
        var named = await Queue(session).AskAsync(asker, "Mine, with my name", anonymous: false);
        var hidden = await Queue(session).AskAsync(asker, "Mine, anonymously", anonymous: true);

        foreach (var own in new[] { named, hidden })
        {
            var error = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(asker, own.Id));
            Assert.Equal(ErrorCodes.OwnQuestion, error.Code);
        }

        await fixture.Cluster.DeactivateAsync(Queue(session));
        var after = await Queue(session).GetSnapshotAsync(asker);
        Assert.Equal([0, 0], after.Questions.Select(q => q.Upvotes));
        Assert.Empty(after.MyUpvotes);
    }

    [Fact]
    public async Task AnUpvoteEarnsTheAskerPointsOncePerVoterEvenWhenWithdrawnAndGivenAgainAcrossReactivation()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Asker");
        var voter = Person("Voter");
        var marker = Person("Marker");
        var q = await Queue(session).AskAsync(asker, "Farm me?", anonymous: false);

        await Queue(session).UpvoteAsync(voter, q.Id);
        await Queue(session).WithdrawUpvoteAsync(voter, q.Id);
        await Queue(session).UpvoteAsync(voter, q.Id);
        await fixture.Cluster.DeactivateAsync(Queue(session));
        await Queue(session).WithdrawUpvoteAsync(voter, q.Id);
        Assert.Equal(1, (await Queue(session).UpvoteAsync(voter, q.Id)).Upvotes);
        await Queue(session).AskAsync(marker, "Marks that the awards above are applied", anonymous: false);

        await Grains.UntilAppliedAsync(marker, 5);
        // 5 for asking and 2 for the one voter, however often they withdrew and upvoted again.
        Assert.Equal(7, (await Grains.StandingAsync(asker)).MyPoints);
    }

    [Fact]
    public async Task AnAnonymousQuestionEarnsItsAskerNoPointsForAskingOrForUpvotes()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Quiet Asker");
        var marker = Person("Marker");
        var q = await Queue(session).AskAsync(asker, "Who decides this?", anonymous: true);

        await Queue(session).UpvoteAsync(Person("Voter 1"), q.Id);
        await Queue(session).UpvoteAsync(Person("Voter 2"), q.Id);
        await Queue(session).AskAsync(marker, "Marks that the awards above are applied", anonymous: false);

        await Grains.UntilAppliedAsync(marker, 5);
        var standing = await Grains.StandingAsync(asker);
        Assert.Equal((0L, (int?)null), (standing.MyPoints, standing.MyRank));
        Assert.Equal(2, Assert.Single((await Queue(session).GetSnapshotAsync(asker)).Questions, x => x.Id == q.Id).Upvotes);
    }

    [Fact]
    public async Task ConcurrentUpvotesFromManyPeopleAreCountedExactly()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var q = await Queue(session).AskAsync(Person("A"), "Count me", anonymous: false);
        var voters = Enumerable.Range(0, 300).Select(i => Person($"Voter {i}")).ToList();

        // Each voter also retries once: the second attempt must be refused, never counted.
        var attempts = voters.SelectMany(v => new[] { v, v }).Select(async v =>
        {
            try
            {
                await Queue(session).UpvoteAsync(v, q.Id);
                return true;
            }
            catch (ForumException e) when (e.Code == ErrorCodes.AlreadyUpvoted)
            {
                return false;
            }
        });
        var accepted = (await Task.WhenAll(attempts)).Count(a => a);

        Assert.Equal(300, accepted);
        Assert.Equal(300, Assert.Single((await Queue(session).GetSnapshotAsync(voters[0])).Questions).Upvotes);
    }

    [Fact]
    public async Task ModerationFromSomeoneWhoDoesNotModerateTheSessionIsRefusedAndChangesNothing()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var otherModerator = Person("Moderator elsewhere", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var q = await Queue(session).AskAsync(Person("A"), "Pending one", anonymous: false);

        foreach (var action in Enum.GetValues<ModerationAction>())
        {
            var error = await Assert.ThrowsAsync<ForumException>(() => Queue(session).ModerateAsync(otherModerator, q.Id, action));
            Assert.Equal(ErrorCodes.Forbidden, error.Code);
        }
        var stored = Assert.Single((await Queue(session).GetSnapshotAsync(moderator)).Questions);
        Assert.Equal(QuestionStatus.Pending, stored.Status);
        Assert.False(stored.Pinned);
        var mode = await Assert.ThrowsAsync<ForumException>(() =>
            Grains.GetGrain<ISessionGrain>(session.Id).SetQuestionModeAsync(otherModerator, QuestionMode.Open));
        Assert.Equal(ErrorCodes.Forbidden, mode.Code);
    }

    [Fact]
    public async Task OrganiserMayModerateAnySession()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated));
        var q = await Queue(session).AskAsync(Person("A"), "Pending one", anonymous: false);
        var approved = await Queue(session).ModerateAsync(Organiser(), q.Id, ModerationAction.Approve);
        Assert.Equal(QuestionStatus.Approved, approved.Status);
    }

    [Fact]
    public async Task PinningAQuestionUnpinsTheOneOnScreenAndApprovesAPendingOne()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var first = await Queue(session).AskAsync(Person("A"), "First", anonymous: false);
        var second = await Queue(session).AskAsync(Person("B"), "Second", anonymous: false);

        await Queue(session).ModerateAsync(moderator, first.Id, ModerationAction.Pin);
        var pinned = await Queue(session).ModerateAsync(moderator, second.Id, ModerationAction.Pin);

        Assert.Equal(QuestionStatus.Approved, pinned.Status);
        var questions = (await Queue(session).GetSnapshotAsync(moderator)).Questions;
        Assert.Equal(second.Id, Assert.Single(questions, q => q.Pinned).Id);

        var answered = await Queue(session).ModerateAsync(moderator, second.Id, ModerationAction.MarkAnswered);
        Assert.Equal(QuestionStatus.Answered, answered.Status);
        Assert.False(answered.Pinned);
    }

    [Fact]
    public async Task DismissedQuestionCannotBePinnedAndDisappearsForParticipants()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var q = await Queue(session).AskAsync(Person("A"), "Off topic", anonymous: false);

        await Queue(session).ModerateAsync(moderator, q.Id, ModerationAction.Dismiss);
        var error = await Assert.ThrowsAsync<ForumException>(() => Queue(session).ModerateAsync(moderator, q.Id, ModerationAction.Pin));

        Assert.Equal(ErrorCodes.InvalidModeration, error.Code);
        Assert.Empty((await Queue(session).GetSnapshotAsync(Person("Other"))).Questions);
        var upvote = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(Person("Other"), q.Id));
        Assert.Equal(ErrorCodes.QuestionNotFound, upvote.Code);
    }

    [Fact]
    public async Task EndedSessionRefusesQuestionsAndUpvotesButKeepsItsQueue()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var q = await Queue(session).AskAsync(Person("A"), "Before the end", anonymous: false);

        await Grains.GetGrain<ISessionGrain>(session.Id).SetStatusAsync(moderator, SessionStatus.Ended);

        var ask = await Assert.ThrowsAsync<ForumException>(() => Queue(session).AskAsync(Person("B"), "Too late", anonymous: false));
        var upvote = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(Person("B"), q.Id));
        Assert.Equal(ErrorCodes.SessionEnded, ask.Code);
        Assert.Equal(ErrorCodes.SessionEnded, upvote.Code);
        var after = Assert.Single((await Queue(session).GetSnapshotAsync(Person("C"))).Questions);
        Assert.Equal(0, after.Upvotes);
    }

    [Fact]
    public async Task ASessionChangeDoesNotWakeAQueueNobodyUsed()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));

        await Grains.GetGrain<ISessionGrain>(session.Id).SetStatusAsync(moderator, SessionStatus.Live);
        await Grains.GetGrain<ISessionGrain>(session.Id).SetQuestionModeAsync(moderator, QuestionMode.PreModerated);

        var queue = Queue(session).GetGrainId();
        var active = await Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(queue.Type).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(queue, active);
        // The queue, once asked, still starts from the session as it is now.
        var snapshot = await Queue(session).GetSnapshotAsync(Person("A"));
        Assert.Equal(QuestionMode.PreModerated, snapshot.Session.QuestionMode);
        Assert.Contains(queue, await Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(queue.Type).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task AnActiveQueueLearnsOfAnEndFromASessionThatWasDeactivatedMeanwhile()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        await Queue(session).AskAsync(Person("A"), "Before the end", anonymous: false);
        await fixture.Cluster.DeactivateAsync(Grains.GetGrain<ISessionGrain>(session.Id)).WaitAsync(TimeSpan.FromSeconds(10));

        await Grains.GetGrain<ISessionGrain>(session.Id).SetStatusAsync(moderator, SessionStatus.Ended);

        var ask = await Assert.ThrowsAsync<ForumException>(() => Queue(session).AskAsync(Person("B"), "Too late", anonymous: false));
        Assert.Equal(ErrorCodes.SessionEnded, ask.Code);
    }

    [Fact]
    public async Task UnknownSessionIsRefused()
    {
        var error = await Assert.ThrowsAsync<ForumException>(() =>
            Grains.GetGrain<IQuestionQueueGrain>("no-such-session").AskAsync(Person("A"), "Hello?", anonymous: false));
        Assert.Equal(ErrorCodes.SessionNotFound, error.Code);
    }

    [Fact]
    public async Task AskingMoreThanTheLimitIsRefusedForThatPersonOnly()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var flooder = Person("Flooder");
        for (var i = 0; i < 3; i++)
        {
            await Queue(session).AskAsync(flooder, $"Question {i}", anonymous: false);
        }

        var error = await Assert.ThrowsAsync<ForumException>(() => Queue(session).AskAsync(flooder, "One more", anonymous: false));

        Assert.Equal(ErrorCodes.QuestionRateLimited, error.Code);
        await Queue(session).AskAsync(Person("Someone else"), "Mine is fine", anonymous: false);
        Assert.Equal(4, (await Queue(session).GetSnapshotAsync(flooder)).Questions.Count);
    }

    [Fact]
    public async Task QueueIsRestoredFromTheStoreAfterDeactivation()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var a = await Queue(session).AskAsync(Person("A", Participation.Remote), "Kept?", anonymous: false);
        var b = await Queue(session).AskAsync(Person("B"), "Also kept?", anonymous: true);
        await Queue(session).ModerateAsync(moderator, a.Id, ModerationAction.Pin);
        await Queue(session).ModerateAsync(moderator, b.Id, ModerationAction.Approve);
        var voter = Person("Voter");
        await Queue(session).UpvoteAsync(voter, b.Id);
        await Queue(session).UpvoteAsync(Person("Voter 2"), b.Id);
        var before = await Queue(session).GetSnapshotAsync(voter);

        await fixture.Cluster.DeactivateAsync(Queue(session));
        await fixture.Cluster.DeactivateAsync(Grains.GetGrain<ISessionGrain>(session.Id));
        var after = await Queue(session).GetSnapshotAsync(voter);

        Assert.Equal(before.Questions.Select(q => (q.Id, q.Text, q.Status, q.Pinned, q.Upvotes, q.Origin, q.AuthorName)),
            after.Questions.Select(q => (q.Id, q.Text, q.Status, q.Pinned, q.Upvotes, q.Origin, q.AuthorName)));
        Assert.Equal([b.Id], after.MyUpvotes);
        Assert.True(after.Version >= before.Version);
        var third = await Queue(session).AskAsync(Person("C"), "Numbered after the others", anonymous: false);
        Assert.Equal(3, third.Id);
    }

    [Fact]
    public async Task PushesAreCoalescedNotOnePerUpvote()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var q = await Queue(session).AskAsync(Person("A"), "Popular", anonymous: false);
        await Task.Delay(300);
        var before = fixture.Broadcaster.For(LiveAudience.Participants, session.Id).Count;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Queue(session).UpvoteAsync(Person($"V{i}"), q.Id)));
        await Task.Delay(500);

        var pushes = fixture.Broadcaster.For(LiveAudience.Participants, session.Id).Skip(before).ToList();
        Assert.InRange(pushes.Count, 1, 20);
        Assert.Equal(200, pushes[^1].Changed.Single().Upvotes);
    }

    [Fact]
    public async Task AskerIsToldAboutTheirOwnPendingQuestionAndParticipantsAreNot()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var asker = Person("Amina");

        var q = await Queue(session).AskAsync(asker, "Pending and private", anonymous: false);
        await Task.Delay(400);

        Assert.Empty(fixture.Broadcaster.For(LiveAudience.Participants, session.Id));
        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Moderators, session.Id), d => d.Changed.Any(c => c.Id == q.Id));
        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Attendee, asker.AttendeeId), d => d.Changed.Any(c => c.Id == q.Id));
    }
}
