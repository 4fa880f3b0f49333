using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Prizes;

/// <summary>The WSIS Prizes vote and the leaderboard, through the real server.</summary>
[Collection(ServerCollection.Name)]
public sealed class PrizesAndLeaderboardTests(ForumServerFixture server)
{
    private static readonly Caller System = new("test-organiser", "Organiser", ForumRoles.Organiser, Participation.OnSite);

    [Fact]
    public async Task PrizeVotesAreOnePerCategoryHiddenUntilPublishedAndThenVisibleToAll()
    {
        var category = new PrizeCategory("t-" + Guid.NewGuid().ToString("N")[..8], "C7 e-health", "C7",
            [new Nominee("n1", "Telemedicine for islands", "Island Health Network", "FJ"), new Nominee("n2", "Rural e-pharmacy", "Pharma Access", "KE")],
            new Dictionary<string, string> { ["fr"] = "C7 cybersanté", ["ar"] = "C7 الصحة الإلكترونية" });
        var prizes = server.Grains.GetGrain<IPrizesGrain>(ForumKeys.Forum);
        await prizes.PublishCategoriesAsync(System, [category]);
        await using var voter = await server.SignInAsync("Voter");
        await using var other = await server.SignInAsync("Other");
        var organiser = server.Api();
        await organiser.SignInAsync((await server.RegisterPersonAsync("Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser)).Code);

        await voter.Api.VotePrizeAsync(category.Id, "n2");
        await other.Api.VotePrizeAsync(category.Id, "n2");
        var twice = await Assert.ThrowsAsync<ForumApiException>(() => voter.Api.VotePrizeAsync(category.Id, "n1"));
        var unknown = await Assert.ThrowsAsync<ForumApiException>(() => voter.Api.VotePrizeAsync(category.Id, "n9"));
        var hidden = await Assert.ThrowsAsync<ForumApiException>(() => voter.Api.GetPrizeResultsAsync(category.Id));
        var notOrganiser = await Assert.ThrowsAsync<ForumApiException>(() => voter.Api.PublishPrizeWinnersAsync());

        Assert.Equal((ErrorCodes.PrizeAlreadyVoted, HttpStatusCode.Conflict), (twice.Code, twice.Status));
        Assert.Equal((ErrorCodes.PrizeNotFound, HttpStatusCode.NotFound), (unknown.Code, unknown.Status));
        Assert.Equal((ErrorCodes.PrizeResultsHidden, HttpStatusCode.Forbidden), (hidden.Code, hidden.Status));
        Assert.Equal(HttpStatusCode.Forbidden, notOrganiser.Status);
        var board = await voter.Api.GetPrizesAsync();
        Assert.Equal("n2", board.MyVotes[category.Id]);
        Assert.Equal("C7 الصحة الإلكترونية", board.Categories.Single(c => c.Id == category.Id).Names!["ar"]);
        var counted = await organiser.GetPrizeResultsAsync(category.Id);
        Assert.Equal((2, 2), (counted.Votes, counted.Nominees.Single(n => n.NomineeId == "n2").Votes));

        await organiser.PublishPrizeWinnersAsync();

        Assert.Equal(2, (await voter.Api.GetPrizeResultsAsync(category.Id)).Votes);
        await using var late = await server.SignInAsync("Late");
        var closed = await Assert.ThrowsAsync<ForumApiException>(() => late.Api.VotePrizeAsync(category.Id, "n1"));
        Assert.Equal(ErrorCodes.PrizeVotingClosed, closed.Code);
    }

    [Fact]
    public async Task EngagementEarnsPointsAskersCannotUpvoteTheirOwnQuestionAndStaffCanBeLeftOut()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Keen Asker");
        await using var fan = await server.SignInAsync("Fan");
        await using var staff = await server.SignInAsync("Staff Member");
        var organiser = server.Api();
        await organiser.SignInAsync((await server.RegisterPersonAsync("Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser)).Code);

        var question = await asker.Live.AskQuestion(session.Id, "Who funds the last mile?", anonymous: false);
        var own = await Assert.ThrowsAsync<WsisConnect.Client.Live.LiveHubException>(() => asker.Live.Upvote(session.Id, question.Id));
        Assert.Equal(ErrorCodes.OwnQuestion, own.Code);
        await WaitForPointsAsync(asker, 5);
        await fan.Live.Upvote(session.Id, question.Id);
        await WaitForPointsAsync(asker, 7);
        await staff.Live.AskQuestion(session.Id, "Staff question", anonymous: false);
        await WaitForPointsAsync(staff, 5);

        var view = await asker.Live.GetLeaderboard();
        Assert.Equal(7, view.MyPoints);
        Assert.NotNull(view.MyRank);
        await organiser.SetLeaderboardExcludedAsync(staff.Profile.Id, excluded: true);
        var excluded = await staff.Api.GetLeaderboardAsync();
        Assert.Null(excluded.MyRank);
        Assert.DoesNotContain(excluded.Top.Top, e => e.AttendeeId == staff.Profile.Id);
        var forbidden = await Assert.ThrowsAsync<ForumApiException>(() => asker.Api.SetLeaderboardExcludedAsync(fan.Profile.Id, true));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }

    [Fact]
    public async Task AskingMoreThanTheHourlyCapEarnsNoMorePoints()
    {
        await using var keen = await server.SignInAsync("Very Keen");
        // Three questions per session per minute is the asking limit here, so the cap (6 an hour) is reached over three sessions.
        for (var s = 0; s < 3; s++)
        {
            var session = await server.CreateSessionAsync(QuestionMode.Open);
            for (var q = 0; q < 3; q++)
            {
                await keen.Live.AskQuestion(session.Id, $"Question {q} in session {s}", anonymous: false);
            }
        }
        await WaitForPointsAsync(keen, 30);
        await Task.Delay(600);
        Assert.Equal(30, (await keen.Live.GetLeaderboard()).MyPoints);
    }

    private static Task WaitForPointsAsync(Participant who, long points) =>
        Waits.UntilAsync(async () => (await who.Api.GetLeaderboardAsync()).MyPoints >= points, $"{who.Profile.Name} reaches {points} points");
}
