using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Errors;

/// <summary>A malformed hub call, whatever is wrong with it, is refused with <c>validation.invalid</c> and changes nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class HubErrorTests(ForumServerFixture server)
{
    public static TheoryData<string, string, object?[]> MalformedCalls => new()
    {
        { "unknown method", "NoSuchMethod", ["s001"] },
        { "missing argument", nameof(LiveConnection.AskQuestion), ["s001", "Hello?"] },
        { "extra argument", nameof(LiveConnection.LeaveSession), ["s001", "s002"] },
        { "no arguments", nameof(LiveConnection.Upvote), [] },
        { "number for text", nameof(LiveConnection.JoinSession), [42] },
        { "text for number", nameof(LiveConnection.Upvote), ["s001", "seven"] },
        { "object for text", nameof(LiveConnection.JoinSession), [new RawJson("{\"id\":\"s001\"}")] },
        { "array for record", nameof(LiveConnection.Vote), ["s001.p1", new RawJson("[0]")] },
        { "number too large", nameof(LiveConnection.Upvote), ["s001", new RawJson("99999999999999999999")] },
        { "lone high surrogate", nameof(LiveConnection.JoinSession), [new RawJson("\"s00\\ud800\"")] },
        { "lone low surrogate in text", nameof(LiveConnection.AskQuestion), ["s001", new RawJson("\"why\\udc00?\""), false] },
        { "control character in text", nameof(LiveConnection.AskQuestion), ["s001", "why\u0007?", false] },
        { "escape character in a note", nameof(LiveConnection.AnnotateContact), ["p1", "note\u001b[31m", Array.Empty<string>()] },
        { "null for a non-nullable text", nameof(LiveConnection.AskQuestion), ["s001", null, false] },
        { "null for a non-nullable record", nameof(LiveConnection.CreatePoll), ["s001", null] },
        { "null inside a record", nameof(LiveConnection.CreatePoll), ["s001", new RawJson("{\"question\":null,\"kind\":\"SingleChoice\",\"options\":[\"a\",\"b\"]}")] },
        { "null in a list", nameof(LiveConnection.AnnotateContact), ["p1", "note", new string?[] { "ok", null }] },
        { "undefined enum number", nameof(LiveConnection.Moderate), ["s001", 1, 42] },
        { "undefined enum name", nameof(LiveConnection.SetQuestionMode), ["s001", "Chaotic"] },
        { "malformed session id", nameof(LiveConnection.JoinSession), ["s001\n"] },
        { "overlong session id", nameof(LiveConnection.ListPolls), [new string('s', 65)] },
        { "malformed poll id", nameof(LiveConnection.Vote), ["s001.poll", new RawJson("{\"options\":[0]}")] },
        { "malformed person id", nameof(LiveConnection.SendContactRequest), ["p 1", "hello"] },
        { "malformed request id", nameof(LiveConnection.RespondToContactRequest), ["q/1", "Accepted"] },
    };

    [Theory]
    [MemberData(nameof(MalformedCalls))]
    public async Task MalformedCallsAreRefusedWithValidationInvalid(string what, string method, object?[] arguments)
    {
        await using var person = await server.SignInAsync("Malformed " + what);

        var error = await Assert.ThrowsAsync<HubException>(() =>
            person.Live.Connection.InvokeCoreAsync<object?>(method, arguments).WaitAsync(Waits.Push));

        Assert.Matches(@"HubException: validation\.invalid: \S", error.Message);
        Assert.Equal(HubConnectionState.Connected, person.Live.Connection.State);
    }

    [Fact]
    public async Task RefusedCallsChangeNothing()
    {
        await using var moderator = await server.SignInAsync("Mod", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var asker = await server.SignInAsync("Asker");
        await asker.Live.AskQuestion(session.Id, "A well-formed question?", anonymous: false);
        var before = await moderator.Live.JoinSession(session.Id);

        foreach (var text in new[] { "bell\u0007", "nul\0", "delete\u007f", "c1\u0085" })
        {
            var refused = await Assert.ThrowsAsync<LiveHubException>(() => asker.Live.AskQuestion(session.Id, text, anonymous: false));
            Assert.Equal(ErrorCodes.Invalid, refused.Code);
        }
        await Assert.ThrowsAsync<HubException>(() => asker.Live.Connection.InvokeCoreAsync<object?>(
            nameof(LiveConnection.AskQuestion), [session.Id, new RawJson("\"\\ud83d\""), false]).WaitAsync(Waits.Push));
        await Assert.ThrowsAsync<HubException>(() => asker.Live.Connection.InvokeCoreAsync<object?>(
            nameof(LiveConnection.Moderate), [session.Id, before.Questions[0].Id, 99]).WaitAsync(Waits.Push));

        var after = await moderator.Live.JoinSession(session.Id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Questions.Select(q => (q.Id, q.Text, q.Status)), after.Questions.Select(q => (q.Id, q.Text, q.Status)));
    }

    [Fact]
    public async Task WellFormedTextWithLineBreaksTabsAndEmojiIsAccepted()
    {
        await using var moderator = await server.SignInAsync("Mod", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        await using var asker = await server.SignInAsync("Asker");

        var asked = await asker.Live.AskQuestion(session.Id, "Two lines,\r\n\tindented, with an emoji 🌍 and Arabic: لماذا؟", anonymous: false);

        Assert.Contains("🌍", asked.Text, StringComparison.Ordinal);
    }
}
