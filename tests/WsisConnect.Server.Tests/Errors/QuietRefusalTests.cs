using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>Refusals are logged quietly (Information at most, no stack trace), so a client cannot fill the log with errors.</summary>
[Collection(ServerCollection.Name)]
public sealed class QuietRefusalTests(ForumServerFixture server)
{
    [Fact]
    public async Task ARunOfOrdinaryRefusedCallsLogsNoErrorAndNoStackTrace()
    {
        await using var moderator = await server.SignInAsync("Mod", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var person = await server.SignInAsync("Refused Often");
        var poll = await moderator.Live.CreatePoll(session.Id, new PollDraft("Which?", PollKind.SingleChoice, ["a", "b"]));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", person.Token);
        var mark = server.Logs.Mark;

        for (var round = 0; round < 5; round++)
        {
            await Refused(() => person.Live.AskQuestion(session.Id, new string('?', 501), anonymous: false));
            await Refused(() => person.Live.AskQuestion("no-such-session", "Why?", anonymous: false));
            await Refused(() => person.Live.OpenPoll(poll.Id));
            await Refused(() => person.Live.Vote(poll.Id, new Ballot([0])));
            await Refused(() => person.Live.Upvote(session.Id, 999));
            await Refused(() => person.Live.AskQuestion(session.Id, "bell\u0007", anonymous: false));
            await Refused(() => person.Live.Connection.InvokeCoreAsync<object?>("NoSuchMethod", ["x"]));
            await Refused(() => person.Live.Connection.InvokeCoreAsync<object?>(nameof(LiveConnection.Upvote), ["x", "y"]));
            await Refused(() => person.Live.Connection.InvokeCoreAsync<object?>(nameof(LiveConnection.JoinSession), []));
            await Refused(() => person.Api.GetPollAsync("no-such-session.p1"));
            await Refused(() => person.Api.AskAsync("no-such-session", "Why?"));
            await Refused(() => person.Api.UpdateSettingsAsync(new Contracts.Forum.ForumSettings(false)));
            await Refused(() => server.Api().SignInAsync("NOPE-NOPE"));
            (await http.PostAsync("api/auth/token", new StringContent("{broken", Encoding.UTF8, "application/json"))).Dispose();
            (await http.PostAsync("api/auth/token", new StringContent("code", Encoding.UTF8, "text/plain"))).Dispose();
            (await http.GetAsync("api/nothing-here")).Dispose();
            (await http.GetAsync("api/sessions/" + new string('x', 100))).Dispose();
        }
        // Rate limits: the fixture allows three questions per person per window.
        for (var asked = 0; asked < 3; asked++)
        {
            await person.Live.AskQuestion(session.Id, $"Within the limit {asked}?", anonymous: false).WaitAsync(Waits.Push);
        }
        for (var round = 0; round < 5; round++)
        {
            await Refused(() => person.Live.AskQuestion(session.Id, "Beyond the limit?", anonymous: false));
            await Refused(() => person.Api.AskAsync(session.Id, "Beyond the limit over HTTP?"));
        }

        var written = server.Logs.Since(mark);
        Assert.DoesNotContain(written, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(written, e => e.Level >= LogLevel.Information && e.Exception is not null);
        Assert.Contains(written, e => e.Level == LogLevel.Information && e.Message.StartsWith("Refused ", StringComparison.Ordinal));
        Assert.Contains(written, e => e.Level == LogLevel.Information && e.Message.Contains(ErrorCodes.QuestionRateLimited, StringComparison.Ordinal));
    }

    private static async Task Refused(Func<Task> call)
    {
        var error = await Record.ExceptionAsync(() => call().WaitAsync(Waits.Push));
        Assert.True(error is LiveHubException or HubException or ForumApiException, $"Expected a refusal, got {error}");
    }
}
