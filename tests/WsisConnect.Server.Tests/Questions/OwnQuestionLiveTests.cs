using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Questions;

/// <summary>An asker editing and deleting their own question through the real server, seen live by another participant.</summary>
[Collection(ServerCollection.Name)]
public sealed class OwnQuestionLiveTests(ForumServerFixture server)
{
    [Fact]
    public async Task AnEditAndThenADeleteReachAnotherParticipantLive()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Amina");
        await using var other = await server.SignInAsync("Lucas", Participation.Remote);
        await using var voter = await server.SignInAsync("Voter");
        var watching = await other.Live.JoinAsync(session.Id);
        var askerView = await asker.Live.JoinAsync(session.Id);
        var q = await asker.Live.AskQuestion(session.Id, "How do we fund backhal?", anonymous: false);
        await voter.Live.Upvote(session.Id, q.Id);
        await other.Live.Upvote(session.Id, q.Id);
        await watching.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id && x.Upvotes == 2), Waits.Push);

        var edited = await asker.Live.EditQuestion(session.Id, q.Id, "How do we fund rural backhaul?");

        Assert.Equal((q.Id, 2), (edited.Id, edited.Upvotes));
        await watching.WaitUntilAsync(v => v.Questions.Any(x =>
            x.Id == q.Id && x.Text == "How do we fund rural backhaul?" && x.EditedAt is not null && x.Upvotes == 2), Waits.Push);
        Assert.Contains(q.Id, watching.MyUpvotes);

        await asker.Live.DeleteQuestion(session.Id, q.Id);

        await watching.WaitUntilAsync(v => v.Questions.Count == 0 && !v.MyUpvotes.Contains(q.Id), Waits.Push);
        await askerView.WaitUntilAsync(v => v.Questions.Count == 0 && v.MyQuestions.Count == 0, Waits.Push);
        var fresh = await other.Live.JoinSession(session.Id);
        Assert.Empty(fresh.Questions);
    }

    [Fact]
    public async Task AModeratorSeesAnEditedQuestionBackInTheQueueOfAPreModeratedSession()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.PreModerated, moderator);
        await using var asker = await server.SignInAsync("Amina");
        await using var other = await server.SignInAsync("Lucas");
        var modView = await moderator.Live.JoinAsync(session.Id);
        var otherView = await other.Live.JoinAsync(session.Id);
        var q = await asker.Live.AskQuestion(session.Id, "A harmless question", anonymous: false);
        await moderator.Live.Moderate(session.Id, q.Id, ModerationAction.Approve);
        await otherView.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id), Waits.Push);

        await asker.Live.EditQuestion(session.Id, q.Id, "Something the moderator has not read");

        await modView.WaitUntilAsync(v => v.Questions.Any(x =>
            x.Id == q.Id && x.Status == QuestionStatus.Pending && x.EditedAt is not null && x.Text == "Something the moderator has not read"), Waits.Push);
        await otherView.WaitUntilAsync(v => v.Questions.Count == 0, Waits.Push);
    }

    [Fact]
    public async Task RefusedEditsAndDeletesAreTypedAndChangeNothing()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var asker = await server.SignInAsync("Amina");
        await using var other = await server.SignInAsync("Lucas");
        var open = await asker.Live.AskQuestion(session.Id, "Still open", anonymous: false);
        var answered = await asker.Live.AskQuestion(session.Id, "Already answered", anonymous: false);
        await moderator.Live.Moderate(session.Id, answered.Id, ModerationAction.MarkAnswered);
        var before = await asker.Api.GetQuestionsAsync(session.Id);

        await AssertRefused(ErrorCodes.NotYourQuestion, () => other.Live.EditQuestion(session.Id, open.Id, "Now it is mine"));
        await AssertRefused(ErrorCodes.NotYourQuestion, () => other.Live.DeleteQuestion(session.Id, open.Id));
        await AssertRefused(ErrorCodes.QuestionNotEditable, () => asker.Live.EditQuestion(session.Id, answered.Id, "Rewritten after the answer"));
        await AssertRefused(ErrorCodes.QuestionNotEditable, () => asker.Live.DeleteQuestion(session.Id, answered.Id));
        await AssertRefused(ErrorCodes.QuestionEmpty, () => asker.Live.EditQuestion(session.Id, open.Id, " \n "));
        await AssertRefused(ErrorCodes.QuestionTooLong, () => asker.Live.EditQuestion(session.Id, open.Id, new string('a', QuestionLimits.MaxLength + 1)));
        await AssertRefused(ErrorCodes.QuestionNotFound, () => asker.Live.DeleteQuestion(session.Id, 999));

        var after = await asker.Api.GetQuestionsAsync(session.Id);
        Assert.Equal(before.Questions, after.Questions);
    }

    [Fact]
    public async Task ADeleteSentAgainWithItsOperationIdIsAnsweredAsDone()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Amina");
        var q = await asker.Live.AskQuestion(session.Id, "Sent on a flaky network", anonymous: false);
        var operation = Guid.NewGuid().ToString("N");

        await asker.Live.DeleteQuestion(session.Id, q.Id, operation);
        await asker.Live.DeleteQuestion(session.Id, q.Id, operation);

        await AssertRefused(ErrorCodes.QuestionNotFound, () => asker.Live.DeleteQuestion(session.Id, q.Id, Guid.NewGuid().ToString("N")));
    }

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<LiveHubException>(call)).Code);
}
