using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Operations;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Operations;

/// <summary>
/// Writes sent again with the same operation id, over the hub and over HTTP, through the real server: the first
/// outcome comes back, refusals included, and nothing applies twice.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RetrySafeWriteTests(ForumServerFixture server)
{
    [Fact]
    public async Task AQuestionSentFiveTimesAtOnceWithOneOperationIdIsAskedOnce()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Asker");
        var operation = Guid.NewGuid().ToString("N");

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            asker.Live.Connection.InvokeCoreAsync<QuestionView>(nameof(ILiveHub.AskQuestion), [session.Id, "Sent on a flaky network", false, operation])))
            .WaitAsync(Waits.Push);

        Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.Single((await asker.Api.GetQuestionsAsync(session.Id)).Questions);
    }

    [Fact]
    public async Task ARetriedRefusalIsTheSameRefusalAndAnotherOperationIsJudgedAfresh()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Asker");
        await using var voter = await server.SignInAsync("Voter");
        var question = await asker.Live.AskQuestion(session.Id, "Upvote me", anonymous: false);
        var operation = Guid.NewGuid().ToString("N");

        // The asker's own upvote is refused; the same operation sent again gets the same refusal, not a new judgement.
        var first = await Assert.ThrowsAsync<LiveHubException>(() => asker.Live.Upvote(session.Id, question.Id, operation));
        var again = await Assert.ThrowsAsync<LiveHubException>(() => asker.Live.Upvote(session.Id, question.Id, operation));
        Assert.Equal((ErrorCodes.OwnQuestion, ErrorCodes.OwnQuestion), (first.Code, again.Code));

        var upvote = Guid.NewGuid().ToString("N");
        var receipt = await voter.Live.Upvote(session.Id, question.Id, upvote);
        var retried = await voter.Live.Upvote(session.Id, question.Id, upvote);
        Assert.Equal(receipt, retried);
        var another = await Assert.ThrowsAsync<LiveHubException>(() => voter.Live.Upvote(session.Id, question.Id, Guid.NewGuid().ToString("N")));
        Assert.Equal(ErrorCodes.AlreadyUpvoted, another.Code);
    }

    [Fact]
    public async Task AnHttpWriteRepeatedWithTheSameIdempotencyKeyAppliesOnceAndAMalformedKeyIsRefused()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var asker = await server.SignInAsync("Asker");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", asker.Token);
        var key = Guid.NewGuid().ToString("N");

        async Task<HttpResponseMessage> AskAsync(string idempotencyKey)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/sessions/{session.Id}/questions")
            {
                Content = JsonContent.Create(new { text = "Asked over HTTP", anonymous = false }),
            };
            request.Headers.Add(OperationKeys.Header, idempotencyKey);
            return await http.SendAsync(request);
        }

        using var first = await AskAsync(key);
        using var second = await AskAsync(key);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var firstId = (await first.Content.ReadFromJsonAsync<QuestionView>(WsisConnect.Client.ForumJson.Options))!.Id;
        var secondId = (await second.Content.ReadFromJsonAsync<QuestionView>(WsisConnect.Client.ForumJson.Options))!.Id;
        Assert.Equal(firstId, secondId);
        Assert.Single((await asker.Api.GetQuestionsAsync(session.Id)).Questions);

        using var malformed = await AskAsync("not a key!");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains(ErrorCodes.Invalid, await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await asker.Api.GetQuestionsAsync(session.Id)).Questions);
    }
}
