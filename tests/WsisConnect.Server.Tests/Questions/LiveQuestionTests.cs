using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Questions;

/// <summary>Live Q&amp;A through the real server, with the SDK over real WebSockets.</summary>
[Collection(ServerCollection.Name)]
public sealed class LiveQuestionTests(ForumServerFixture server)
{
    [Fact]
    public async Task QuestionReachesAnotherClientLiveAndTheListReordersAsVotesArrive()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var remote = await server.SignInAsync("Lucas", Participation.Remote);
        await using var onSite = await server.SignInAsync("Amina", Participation.OnSite);
        await using var voter = await server.SignInAsync("Voter");
        var watching = await onSite.Live.JoinAsync(session.Id);

        var first = await remote.Live.AskQuestion(session.Id, "How will WSIS+20 be funded?", anonymous: false);
        var second = await onSite.Live.AskQuestion(session.Id, "Who measures meaningful connectivity?", anonymous: false);
        await watching.WaitUntilAsync(q => q.Questions.Count == 2, Waits.Push);
        Assert.Equal(Participation.Remote, watching.Questions.Single(q => q.Id == first.Id).Origin);
        Assert.Equal(Participation.OnSite, watching.Questions.Single(q => q.Id == second.Id).Origin);

        await voter.Live.Upvote(session.Id, second.Id);
        await remote.Live.Upvote(session.Id, second.Id);

        await watching.WaitUntilAsync(q => q.Questions[0].Id == second.Id && q.Questions[0].Upvotes == 2, Waits.Push);
    }

    [Fact]
    public async Task ModeratorApprovesAndPinsAPreModeratedQuestionForEveryone()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.PreModerated, moderator);
        await using var asker = await server.SignInAsync("Lucas", Participation.Remote);
        await using var other = await server.SignInAsync("Other");
        var askerView = await asker.Live.JoinAsync(session.Id);
        var otherView = await other.Live.JoinAsync(session.Id);
        var modView = await moderator.Live.JoinAsync(session.Id);
        Assert.True(modView.IsModerator);
        Assert.False(otherView.IsModerator);

        var q = await asker.Live.AskQuestion(session.Id, "Can remote participants take the floor?", anonymous: false);
        Assert.Equal(QuestionStatus.Pending, q.Status);
        await modView.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id && x.Status == QuestionStatus.Pending), Waits.Push);
        await askerView.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id), Waits.Push);
        Assert.Empty(otherView.Questions);

        await moderator.Live.Moderate(session.Id, q.Id, ModerationAction.Approve);
        await moderator.Live.Moderate(session.Id, q.Id, ModerationAction.Pin);

        foreach (var view in new[] { otherView, askerView, modView })
        {
            await view.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id && x.Pinned && x.Status == QuestionStatus.Approved), Waits.Push);
        }
    }

    [Fact]
    public async Task DismissedQuestionDisappearsForParticipantsButItsAskerSeesWhatHappened()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var asker = await server.SignInAsync("Asker");
        await using var other = await server.SignInAsync("Other");
        var askerView = await asker.Live.JoinAsync(session.Id);
        var otherView = await other.Live.JoinAsync(session.Id);
        var q = await asker.Live.AskQuestion(session.Id, "Off topic?", anonymous: false);
        await otherView.WaitUntilAsync(v => v.Questions.Count == 1, Waits.Push);

        await moderator.Live.Moderate(session.Id, q.Id, ModerationAction.Dismiss);

        await otherView.WaitUntilAsync(v => v.Questions.Count == 0, Waits.Push);
        await askerView.WaitUntilAsync(v => v.Questions.Any(x => x.Id == q.Id && x.Status == QuestionStatus.Dismissed), Waits.Push);
    }

    [Fact]
    public async Task BadInputGetsATypedHubErrorAndNothingStoredChanges()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var person = await server.SignInAsync("Amina");
        await using var notModerator = await server.SignInAsync("Not a moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var q = await person.Live.AskQuestion(session.Id, "The one good question", anonymous: false);
        await moderator.Live.Upvote(session.Id, q.Id);
        var before = await person.Api.GetQuestionsAsync(session.Id);

        await AssertRefused(ErrorCodes.QuestionEmpty, () => person.Live.AskQuestion(session.Id, "", false));
        await AssertRefused(ErrorCodes.QuestionEmpty, () => person.Live.AskQuestion(session.Id, " \t\n ", false));
        await AssertRefused(ErrorCodes.QuestionTooLong, () => person.Live.AskQuestion(session.Id, new string('a', 501), false));
        await AssertRefused(ErrorCodes.SessionNotFound, () => person.Live.AskQuestion("s-does-not-exist", "Hello?", false));
        await AssertRefused(ErrorCodes.Invalid, () => person.Live.AskQuestion("../../etc", "Hello?", false));
        await AssertRefused(ErrorCodes.AlreadyUpvoted, () => moderator.Live.Upvote(session.Id, q.Id));
        await AssertRefused(ErrorCodes.OwnQuestion, () => person.Live.Upvote(session.Id, q.Id));
        await AssertRefused(ErrorCodes.QuestionNotFound, () => person.Live.Upvote(session.Id, 999));
        await AssertRefused(ErrorCodes.Forbidden, () => notModerator.Live.Moderate(session.Id, q.Id, ModerationAction.Dismiss));
        await AssertRefused(ErrorCodes.Forbidden, () => notModerator.Live.SetQuestionMode(session.Id, QuestionMode.PreModerated));
        await AssertRefused(ErrorCodes.Forbidden, () => person.Live.SetSessionStatus(session.Id, SessionStatus.Ended));

        var after = await person.Api.GetQuestionsAsync(session.Id);
        Assert.Equal(before.Questions, after.Questions);
        Assert.Equal(QuestionMode.Open, after.Session.QuestionMode);
        Assert.Equal(SessionStatus.Live, after.Session.Status);
    }

    [Fact]
    public async Task EndedSessionRefusesQuestionsAndUpvotes()
    {
        await using var moderator = await server.SignInAsync("Mei", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var person = await server.SignInAsync("Amina");
        var view = await person.Live.JoinAsync(session.Id);
        var q = await person.Live.AskQuestion(session.Id, "Asked in time", anonymous: false);

        await moderator.Live.SetSessionStatus(session.Id, SessionStatus.Ended);
        await view.WaitUntilAsync(v => v.Session?.Status == SessionStatus.Ended, Waits.Push);

        await AssertRefused(ErrorCodes.SessionEnded, () => person.Live.AskQuestion(session.Id, "Too late", false));
        await AssertRefused(ErrorCodes.SessionEnded, () => person.Live.Upvote(session.Id, q.Id));
        Assert.Equal(0, Assert.Single((await person.Api.GetQuestionsAsync(session.Id)).Questions).Upvotes);
    }

    [Fact]
    public async Task OnePersonCannotFloodASession()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var flooder = await server.SignInAsync("Flooder");
        for (var i = 1; i <= 3; i++)
        {
            await flooder.Live.AskQuestion(session.Id, $"Question number {i}", anonymous: false);
        }

        var error = await AssertRefused(ErrorCodes.QuestionRateLimited, () => flooder.Live.AskQuestion(session.Id, "And another", false));

        Assert.Contains("try again", error.Detail, StringComparison.Ordinal);
        Assert.Equal(3, (await flooder.Api.GetQuestionsAsync(session.Id)).Questions.Count);
    }

    [Fact]
    public async Task UpvoteCanBeTakenBack()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var person = await server.SignInAsync("Amina");
        await using var voter = await server.SignInAsync("Voter");
        var q = await person.Live.AskQuestion(session.Id, "Worth a vote?", anonymous: false);
        var view = await voter.Live.JoinAsync(session.Id);

        Assert.Equal(1, (await voter.Live.Upvote(session.Id, q.Id)).Upvotes);
        Assert.Contains(q.Id, view.MyUpvotes);
        var withdrawn = await voter.Live.WithdrawUpvote(session.Id, q.Id);

        Assert.False(withdrawn.Upvoted);
        Assert.Equal(0, withdrawn.Upvotes);
        await view.WaitUntilAsync(v => v.Questions.Single().Upvotes == 0 && v.MyUpvotes.Count == 0, Waits.Push);
        await AssertRefused(ErrorCodes.NotUpvoted, () => voter.Live.WithdrawUpvote(session.Id, q.Id));
    }

    [Fact]
    public async Task ClientThatWasAwayResynchronisesWithoutDuplicatesOrGaps()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Asker");
        var (_, code) = await server.RegisterPersonAsync("Phone on a train");
        var api = server.Api();
        var token = (await api.SignInAsync(code)).Token;
        var phone = await LiveConnection.ConnectAsync(server.BaseAddress, token);
        var view = await phone.JoinAsync(session.Id);
        var early = await asker.Live.AskQuestion(session.Id, "Asked while connected", anonymous: false);
        await view.WaitUntilAsync(v => v.Questions.Count == 1, Waits.Push);

        await phone.DisposeAsync();
        // The asker's rate limit is 3 per minute and one is used: two more questions, from two more people.
        await using var second = await server.SignInAsync("Second asker");
        var missed = new List<QuestionView>
        {
            await asker.Live.AskQuestion(session.Id, "Asked while away 1", anonymous: false),
            await second.Live.AskQuestion(session.Id, "Asked while away 2", anonymous: true),
        };
        await second.Live.Upvote(session.Id, early.Id);

        await using var back = await LiveConnection.ConnectAsync(server.BaseAddress, token);
        var resynced = await back.JoinAsync(session.Id);

        Assert.Equal([early.Id, .. missed.Select(m => m.Id)], resynced.Questions.Select(q => q.Id).Order());
        Assert.Equal(1, resynced.Questions.Single(q => q.Id == early.Id).Upvotes);
        await asker.Live.AskQuestion(session.Id, "After coming back", anonymous: false);
        await resynced.WaitUntilAsync(v => v.Questions.Count == 4, Waits.Push);
        Assert.Equal(4, resynced.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public async Task QuestionsCanAlsoBeAskedOverHttpWithProblemDetails()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var person = await server.SignInAsync("Amina");

        var asked = await person.Api.AskAsync(session.Id, "Asked from a kiosk", anonymous: true);
        var tooLong = await Assert.ThrowsAsync<WsisConnect.Client.Http.ForumApiException>(() => person.Api.AskAsync(session.Id, new string('b', 600)));
        var missing = await Assert.ThrowsAsync<WsisConnect.Client.Http.ForumApiException>(() => person.Api.AskAsync("nowhere", "Hello"));

        Assert.Null(asked.AuthorName);
        Assert.Equal((ErrorCodes.QuestionTooLong, System.Net.HttpStatusCode.BadRequest), (tooLong.Code, tooLong.Status));
        Assert.Equal((ErrorCodes.SessionNotFound, System.Net.HttpStatusCode.NotFound), (missing.Code, missing.Status));
        Assert.Single((await person.Api.GetQuestionsAsync(session.Id)).Questions);
    }

    private static async Task<LiveHubException> AssertRefused(string code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<LiveHubException>(call);
        Assert.Equal(code, error.Code);
        return error;
    }
}
