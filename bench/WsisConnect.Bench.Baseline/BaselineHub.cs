using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace WsisConnect.Bench.Baseline;

/// <summary>
/// A bare live hub: any token (or none) is accepted, a vote is counted in memory with Interlocked, and results go
/// out from <see cref="ResultsPublisher"/> at 4 Hz. Method names and JSON shapes match WsisConnect's live hub.
/// </summary>
public sealed class BaselineHub(PollBook polls) : Hub
{
    private const string VoterKey = "voter";

    /// <summary>The SignalR group of a session's participants (the same name WsisConnect uses).</summary>
    public static string SessionGroup(string sessionId) => "session:" + sessionId;

    public override Task OnConnectedAsync()
    {
        // One vote per person: the token names the person; without one, the connection does.
        var request = Context.GetHttpContext()?.Request;
        var header = request?.Headers.Authorization.ToString();
        var token = header is { Length: > 7 } && header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? header[7..]
            : request?.Query["access_token"].ToString();
        Context.Items[VoterKey] = string.IsNullOrEmpty(token) ? Context.ConnectionId : token;
        return base.OnConnectedAsync();
    }

    public async Task<object> JoinSession(string sessionId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroup(sessionId));
        return new
        {
            session = new
            {
                id = sessionId,
                title = "Baseline session",
                description = string.Empty,
                format = "InteractiveSession",
                room = "Baseline",
                start = DateTimeOffset.UnixEpoch,
                end = DateTimeOffset.UnixEpoch,
                actionLines = Array.Empty<string>(),
                sdgs = Array.Empty<int>(),
                track = (string?)null,
                speakers = Array.Empty<string>(),
                moderatorIds = Array.Empty<string>(),
                questionMode = "Open",
                status = "Live",
            },
            questions = Array.Empty<object>(),
            myUpvotes = Array.Empty<int>(),
            myQuestions = Array.Empty<int>(),
            isModerator = false,
            version = 0,
        };
    }

    public Task LeaveSession(string sessionId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionGroup(sessionId));

    public IReadOnlyList<object> ListPolls(string sessionId) =>
        [.. polls.InSession(sessionId).Select(p => new { poll = p.Details(), results = p.Results(), myBallot = (object?)null })];

    // The SDK sends every write with an operation id (the forum's retry safety); the bare hub takes and ignores it.
    public BaselinePollDetails CreatePoll(string sessionId, JsonElement draft, string? operationId)
    {
        var options = draft.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array ? o.GetArrayLength() : 0;
        if (options < 2)
        {
            throw new HubException("poll.invalid: a poll needs at least two options.");
        }
        return polls.Create(sessionId, draft.Clone(), options).Details();
    }

    public Task<BaselinePollDetails> OpenPoll(string pollId, string? operationId) => ChangeAsync(pollId, open: true);

    public Task<BaselinePollDetails> ClosePoll(string pollId, string? operationId) => ChangeAsync(pollId, open: false);

    public object Vote(string pollId, BaselineBallot ballot, string? operationId)
    {
        var poll = Find(pollId);
        if (poll.Status != "Open")
        {
            throw new HubException("poll.not_open: the poll is not open.");
        }
        if (ballot.Options is not [var option] || option < 0 || option >= poll.OptionCount)
        {
            throw new HubException("poll.invalid_option: one option of the poll is required.");
        }
        if (!poll.TryVote((string)Context.Items[VoterKey]!, option))
        {
            throw new HubException("poll.already_voted: one vote per person.");
        }
        return new { pollId, ballot, replaced = false, quizPoints = (int?)null };
    }

    private async Task<BaselinePollDetails> ChangeAsync(string pollId, bool open)
    {
        var poll = Find(pollId);
        if (open) poll.Open(); else poll.Close();
        var details = poll.Details();
        await Clients.Group(SessionGroup(poll.SessionId)).SendAsync("PollChanged", details);
        return details;
    }

    private BaselinePoll Find(string pollId) =>
        polls.Find(pollId) ?? throw new HubException($"poll.not_found: there is no poll {pollId}.");
}
