using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;
using static WsisConnect.Grains.Tests.Infrastructure.ForumScenario;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>
/// An asker editing or deleting their own question, against each real store (see the subclasses). What matters is read
/// back from the store, after the queue and the session were deactivated.
/// </summary>
public abstract class OwnQuestionTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private IQuestionQueueGrain Queue(SessionDetails s) => Grains.GetGrain<IQuestionQueueGrain>(s.Id);

    private async Task<QuestionQueueSnapshot> StoredAsync(SessionDetails session, Abstractions.Identity.Caller viewer)
    {
        await fixture.Cluster.DeactivateAsync(Queue(session));
        await fixture.Cluster.DeactivateAsync(Grains.GetGrain<ISessionGrain>(session.Id));
        return await Queue(session).GetSnapshotAsync(viewer);
    }

    [Fact]
    public async Task AnEditKeepsTheQuestionsNumberItsUpvotersAndTheirVotes()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Amina");
        var voter = Person("Voter");
        var q = await Queue(session).AskAsync(asker, "How do we fund backhal?", anonymous: false);
        await Queue(session).UpvoteAsync(voter, q.Id);
        await Queue(session).UpvoteAsync(Person("Voter 2"), q.Id);

        var edited = await Queue(session).EditAsync(asker, q.Id, "  How do we fund rural backhaul?  ");

        Assert.Equal((q.Id, "How do we fund rural backhaul?", 2, QuestionStatus.Approved), (edited.Id, edited.Text, edited.Upvotes, edited.Status));
        Assert.NotNull(edited.EditedAt);
        Assert.True(edited.Revision > q.Revision);
        var stored = await StoredAsync(session, voter);
        var seen = Assert.Single(stored.Questions);
        Assert.Equal((q.Id, "How do we fund rural backhaul?", 2), (seen.Id, seen.Text, seen.Upvotes));
        Assert.Equal(edited.EditedAt, seen.EditedAt);
        Assert.Equal([q.Id], stored.MyUpvotes);
        var again = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(voter, q.Id));
        Assert.Equal(ErrorCodes.AlreadyUpvoted, again.Code);
    }

    [Fact]
    public async Task AnEditedApprovedQuestionInAPreModeratedSessionWaitsForTheModeratorAgain()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var asker = Person("Amina");
        var other = Person("Other");
        var q = await Queue(session).AskAsync(asker, "A harmless question", anonymous: false);
        await Queue(session).ModerateAsync(moderator, q.Id, ModerationAction.Approve);
        await Queue(session).UpvoteAsync(other, q.Id);

        var edited = await Queue(session).EditAsync(asker, q.Id, "Something else entirely");

        Assert.Equal(QuestionStatus.Pending, edited.Status);
        Assert.Empty((await Queue(session).GetSnapshotAsync(other)).Questions);
        var moderated = Assert.Single((await StoredAsync(session, moderator)).Questions);
        Assert.Equal((QuestionStatus.Pending, "Something else entirely", 1), (moderated.Status, moderated.Text, moderated.Upvotes));
        Assert.NotNull(moderated.EditedAt);
        await Queue(session).ModerateAsync(moderator, q.Id, ModerationAction.Approve);
        Assert.Equal(1, Assert.Single((await Queue(session).GetSnapshotAsync(other)).Questions).Upvotes);
    }

    [Fact]
    public async Task RefusedEditsAndDeletesLeaveTheStoredQuestionsUnchanged()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var asker = Person("Amina");
        var open = await Queue(session).AskAsync(asker, "Open one", anonymous: false);
        var answered = await Queue(session).AskAsync(asker, "Answered one", anonymous: false);
        // A fourth question by one asker would meet the ask limit (three a minute), so another person asks this one.
        var otherAsker = Person("Ben");
        var dismissed = await Queue(session).AskAsync(otherAsker, "Dismissed one", anonymous: false);
        var pinned = await Queue(session).AskAsync(asker, "Pinned one", anonymous: false);
        await Queue(session).ModerateAsync(moderator, answered.Id, ModerationAction.MarkAnswered);
        await Queue(session).ModerateAsync(moderator, dismissed.Id, ModerationAction.Dismiss);
        await Queue(session).ModerateAsync(moderator, pinned.Id, ModerationAction.Pin);
        var before = await StoredAsync(session, moderator);

        async Task Refused(string code, Func<Task> call) => Assert.Equal(code, (await Assert.ThrowsAsync<ForumException>(call)).Code);
        await Refused(ErrorCodes.NotYourQuestion, () => Queue(session).EditAsync(Person("Other"), open.Id, "Mine now"));
        await Refused(ErrorCodes.NotYourQuestion, () => Queue(session).DeleteAsync(moderator, open.Id));
        await Refused(ErrorCodes.QuestionEmpty, () => Queue(session).EditAsync(asker, open.Id, "   "));
        await Refused(ErrorCodes.QuestionTooLong, () => Queue(session).EditAsync(asker, open.Id, new string('x', QuestionLimits.MaxLength + 1)));
        await Refused(ErrorCodes.QuestionNotEditable, () => Queue(session).EditAsync(asker, answered.Id, "Changed after the answer"));
        await Refused(ErrorCodes.QuestionNotEditable, () => Queue(session).DeleteAsync(asker, answered.Id));
        await Refused(ErrorCodes.QuestionNotEditable, () => Queue(session).EditAsync(otherAsker, dismissed.Id, "Let me in"));
        await Refused(ErrorCodes.QuestionNotEditable, () => Queue(session).DeleteAsync(otherAsker, dismissed.Id));
        await Refused(ErrorCodes.QuestionNotEditable, () => Queue(session).EditAsync(asker, pinned.Id, "Under the speaker's eyes"));
        await Refused(ErrorCodes.QuestionNotFound, () => Queue(session).EditAsync(asker, 99, "Nothing there"));

        var after = await StoredAsync(session, moderator);
        Assert.Equal(before.Questions.Select(q => (q.Id, q.Text, q.Status, q.Pinned, q.EditedAt)),
            after.Questions.Select(q => (q.Id, q.Text, q.Status, q.Pinned, q.EditedAt)));
        await Grains.GetGrain<ISessionGrain>(session.Id).SetStatusAsync(moderator, SessionStatus.Ended);
        await Refused(ErrorCodes.SessionEnded, () => Queue(session).EditAsync(asker, open.Id, "Too late"));
        await Refused(ErrorCodes.SessionEnded, () => Queue(session).DeleteAsync(asker, open.Id));
    }

    [Fact]
    public async Task ADeletedQuestionIsGoneForEveryoneUncountedAndItsNumberNeverReused()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.Open, moderator));
        var asker = Person("Amina");
        var other = Person("Other");
        var q = await Queue(session).AskAsync(asker, "Never mind", anonymous: false);
        await Queue(session).UpvoteAsync(other, q.Id);
        await Task.Delay(300);

        await Queue(session).DeleteAsync(asker, q.Id);
        await Task.Delay(400);

        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Participants, session.Id), d => d.Deleted.Contains(q.Id));
        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Moderators, session.Id), d => d.Deleted.Contains(q.Id));
        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Attendee, asker.AttendeeId), d => d.Deleted.Contains(q.Id));
        foreach (var viewer in new[] { asker, other, moderator })
        {
            var seen = await StoredAsync(session, viewer);
            Assert.Empty(seen.Questions);
            Assert.Empty(seen.MyQuestions);
            Assert.Empty(seen.MyUpvotes);
        }
        Assert.Equal(0, Assert.Single(await Grains.GetGrain<IQuestionCountsGrain>(ForumKeys.Forum).GetCountsAsync([session.Id])).Asked);
        var gone = await Assert.ThrowsAsync<ForumException>(() => Queue(session).UpvoteAsync(Person("Late"), q.Id));
        Assert.Equal(ErrorCodes.QuestionNotFound, gone.Code);
        var twice = await Assert.ThrowsAsync<ForumException>(() => Queue(session).DeleteAsync(asker, q.Id));
        Assert.Equal(ErrorCodes.QuestionNotFound, twice.Code);
        Assert.Equal(q.Id + 1, (await Queue(session).AskAsync(asker, "A better question", anonymous: false)).Id);
    }

    [Fact]
    public async Task ParticipantsAreNotToldOfAPendingQuestionDeletedBeforeTheySawIt()
    {
        var moderator = Person("Mei");
        var session = await Grains.PublishAsync(Session(QuestionMode.PreModerated, moderator));
        var asker = Person("Amina");
        var q = await Queue(session).AskAsync(asker, "Second thoughts", anonymous: false);

        await Queue(session).DeleteAsync(asker, q.Id);
        await Task.Delay(400);

        Assert.Empty(fixture.Broadcaster.For(LiveAudience.Participants, session.Id));
        Assert.Contains(fixture.Broadcaster.For(LiveAudience.Moderators, session.Id), d => d.Deleted.Contains(q.Id));
        Assert.Empty((await StoredAsync(session, moderator)).Questions);
    }

    [Fact]
    public async Task UpvotesArrivingDuringEditsAreAllKept()
    {
        var session = await Grains.PublishAsync(Session(QuestionMode.Open));
        var asker = Person("Amina");
        var q = await Queue(session).AskAsync(asker, "Version 0", anonymous: false);
        var voters = Enumerable.Range(0, 200).Select(i => Person($"Voter {i}")).ToList();

        var upvotes = voters.Select(v => Queue(session).UpvoteAsync(v, q.Id));
        // Three edits: the most one person may make in a minute here.
        var edits = Enumerable.Range(1, 3).Select(i => Queue(session).EditAsync(asker, q.Id, $"Version {i}"));
        await Task.WhenAll([.. upvotes, .. edits]);

        var stored = Assert.Single((await StoredAsync(session, voters[0])).Questions);
        Assert.Equal(200, stored.Upvotes);
        Assert.StartsWith("Version ", stored.Text);
        Assert.NotEqual("Version 0", stored.Text);
        Assert.NotNull(stored.EditedAt);
    }
}
