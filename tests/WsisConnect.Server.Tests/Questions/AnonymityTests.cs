using System.Text.Json;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Questions;

/// <summary>An anonymous question stays anonymous on every channel: pushes, moderator views and the leaderboard.</summary>
[Collection(ServerCollection.Name)]
public sealed class AnonymityTests(ForumServerFixture server)
{
    [Fact]
    public async Task NoPushNoModeratorViewAndNoScoreLinksAnAnonymousQuestionToItsAsker()
    {
        await using var moderator = await server.SignInAsync("Session Moderator");
        var session = await server.CreateSessionAsync(QuestionMode.PreModerated, moderator);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await using var asker = await server.SignInAsync($"Quiet Asker {tag}");
        await using var observer = await server.SignInAsync("Observer");
        await using var marker = await server.SignInAsync("Marker");
        PushRecorder[] watching = [new(observer.Live), new(moderator.Live)];
        var observerView = await observer.Live.JoinAsync(session.Id);
        var moderatorView = await moderator.Live.JoinAsync(session.Id);
        await observer.Live.CheckIn(session.Id, visible: true);
        await asker.Live.JoinAsync(session.Id);

        var asked = await asker.Live.AskQuestion(session.Id, "Is the funding gap measured anywhere?", anonymous: true);
        await moderatorView.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id), Waits.Push);
        await moderator.Live.Moderate(session.Id, asked.Id, ModerationAction.Approve);
        await observer.Live.Upvote(session.Id, asked.Id);
        await moderator.Live.Upvote(session.Id, asked.Id);
        await moderator.Live.Moderate(session.Id, asked.Id, ModerationAction.Pin);
        await observerView.WaitUntilAsync(v => v.Questions.Any(q => q.Id == asked.Id && q.Pinned && q.Upvotes == 2), Waits.Push);
        // Awards are applied in the order they were made: once the marker's are in, any the asker earned above are too.
        await marker.Live.AskQuestion(session.Id, "A question with a name on it", anonymous: false);
        await Waits.UntilAsync(async () => (await marker.Api.GetLeaderboardAsync()).MyPoints >= 5, "the marker's points applied");
        // The top 10 is pushed at most once a second after points change.
        await Task.Delay(1500);
        object[] moderatorViews = [await moderator.Live.JoinSession(session.Id), await moderator.Api.GetQuestionsAsync(session.Id)];

        var standing = await asker.Api.GetLeaderboardAsync();
        Assert.Equal((0L, (int?)null), (standing.MyPoints, standing.MyRank));
        Assert.Contains(watching[0].Pushes, p => p.Method == nameof(ILiveClient.QuestionsChanged) && p.Json.Contains("Is the funding gap measured anywhere?"));
        var seen = watching.SelectMany(r => r.Pushes).Select(p => $"{p.Method} {p.Json}")
            .Concat(moderatorViews.Select(v => JsonSerializer.Serialize(v)));
        Assert.DoesNotContain(seen, json => json.Contains(asker.Profile.Id, StringComparison.Ordinal) || json.Contains(tag, StringComparison.Ordinal));
    }
}
