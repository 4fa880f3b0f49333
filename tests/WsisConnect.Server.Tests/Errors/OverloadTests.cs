using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WsisConnect.Client.Live;
using WsisConnect.Client.Operations;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Server.Realtime;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>
/// An overloaded node answers every hub call: one beyond its calls in flight is refused at once with the retryable
/// <c>server.busy</c>, one that runs past the deadline is answered <c>server.busy</c> and keeps running, and the
/// write sent again with its operation id is applied once.
/// </summary>
[Collection(OverloadCollection.Name)]
public sealed class OverloadTests(OverloadServerFixture server)
{
    [Fact]
    public async Task AnOverloadedNodeAnswersServerBusyAndTheRetryAppliesOnce()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var first = await server.SignInAsync("First Asker");
        await using var second = await server.SignInAsync("Second Asker");
        foreach (var person in new[] { first, second })
        {
            // The SDK would retry server.busy by itself; this test looks at each raw answer.
            person.Live.WriteRetryWindow = TimeSpan.Zero;
            await person.Live.JoinSession(session.Id).WaitAsync(Waits.Push);
        }
        var gate = server.Services.GetRequiredService<OverloadHubFilter>();
        var operationId = OperationId.New();
        var mark = server.Logs.Mark;

        server.Redis.Pause();
        LiveHubUnavailableException late, refused;
        try
        {
            // Held by the paused store: past the deadline it is answered server.busy, and it keeps its slot.
            late = await Assert.ThrowsAsync<LiveHubUnavailableException>(() =>
                first.Live.AskQuestion(session.Id, "Asked while the node is overloaded?", anonymous: false, operationId).WaitAsync(Waits.Push));
            Assert.Equal(1, gate.InFlight);
            // The node runs one call at a time: the next is refused before it starts.
            refused = await Assert.ThrowsAsync<LiveHubUnavailableException>(() =>
                second.Live.AskQuestion(session.Id, "Refused while the node is full?", anonymous: false).WaitAsync(Waits.Push));
        }
        finally
        {
            server.Redis.Resume();
        }

        foreach (var busy in new[] { late, refused })
        {
            Assert.Equal(ErrorCodes.ServerBusy, busy.Code);
            Assert.True(busy.IsRetryable);
            Assert.Equal(ErrorCodes.BusyRetryAfter, busy.RetryAfter);
        }
        // Sent again with its operation id once the node has room, the first question is there once.
        await Waits.UntilAsync(() => Task.FromResult(gate.InFlight == 0), "the held call to end");
        var asked = await first.Live.AskQuestion(session.Id, "Asked while the node is overloaded?", anonymous: false, operationId).WaitAsync(Waits.Push);
        var queue = await first.Api.GetQuestionsAsync(session.Id).WaitAsync(Waits.Push);
        Assert.Single(queue.Questions, q => q.Text == "Asked while the node is overloaded?");
        Assert.Contains(queue.Questions, q => q.Id == asked.Id);
        // The refused one never started: nothing of it is stored.
        Assert.DoesNotContain(queue.Questions, q => q.Text == "Refused while the node is full?");
        // Shedding load is not a fault: no error, and no stack trace for a server.busy answer.
        var written = server.Logs.Since(mark);
        Assert.DoesNotContain(written, e => e.Level >= LogLevel.Error && e.Category.StartsWith("WsisConnect", StringComparison.Ordinal));
        Assert.DoesNotContain(written, e => e.Exception is not null && e.Message.Contains(ErrorCodes.ServerBusy, StringComparison.Ordinal));
    }
}
