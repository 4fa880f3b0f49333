using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WsisConnect.Client.Operations;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Monitoring;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;
using WsisConnect.Contracts.Realtime;

namespace WsisConnect.Client.Live;

/// <summary>
/// A typed connection to the live hub. Calls mirror <see cref="ILiveHub"/>; refusals throw
/// <see cref="LiveHubException"/> with the stable code, and a forum that is briefly unavailable throws its subclass
/// <see cref="LiveHubUnavailableException"/>, which is retryable. <see cref="JoinAsync"/> gives a self-updating
/// <see cref="SessionQueue"/> that resynchronises after a reconnect.
/// </summary>
public sealed partial class LiveConnection : ILiveHub, IAsyncDisposable
{
    private readonly Dictionary<string, SessionQueue> _joined = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private volatile bool _watchingAgenda;
    private volatile bool _watchingOperations;

    private LiveConnection(HubConnection connection)
    {
        Connection = connection;
        connection.On<QueueDelta>(nameof(ILiveClient.QuestionsChanged), OnQuestionsChanged);
        connection.On<SessionDetails>(nameof(ILiveClient.SessionChanged), OnSessionChanged);
        connection.On<AgendaDelta>(nameof(ILiveClient.AgendaChanged), d => AgendaChanged?.Invoke(d));
        connection.On<PollDetails>(nameof(ILiveClient.PollChanged), p => PollChanged?.Invoke(p));
        connection.On<PollResults>(nameof(ILiveClient.PollResultsChanged), r => PollResultsChanged?.Invoke(r));
        connection.On<LeaderboardTop>(nameof(ILiveClient.LeaderboardChanged), t => LeaderboardChanged?.Invoke(t));
        connection.On<Contact>(nameof(ILiveClient.ContactAdded), c => ContactAdded?.Invoke(c));
        connection.On<ContactRequest>(nameof(ILiveClient.ContactRequestChanged), r => ContactRequestChanged?.Invoke(r));
        connection.On<DirectMessage>(nameof(ILiveClient.MessageReceived), m => MessageReceived?.Invoke(m));
        connection.On<SessionPresence>(nameof(ILiveClient.PresenceChanged), p => PresenceChanged?.Invoke(p));
        connection.On<ForumPulse>(nameof(ILiveClient.OperationsPulse), p => OperationsPulse?.Invoke(p));
        connection.Reconnected += _ => RejoinAsync();
    }

    /// <summary>The underlying SignalR connection.</summary>
    public HubConnection Connection { get; }

    /// <summary>Raised for every queue change pushed to this connection.</summary>
    public event Action<QueueDelta>? QuestionsChanged;

    /// <summary>Raised for every agenda change pushed to this connection (after <see cref="WatchAgenda"/>).</summary>
    public event Action<AgendaDelta>? AgendaChanged;

    /// <summary>Raised for every session change pushed to this connection.</summary>
    public event Action<SessionDetails>? SessionChanged;

    /// <summary>Raised when a poll of a joined session is created, opened, closed or has its results shown.</summary>
    public event Action<PollDetails>? PollChanged;

    /// <summary>Raised when a poll's counts change (coalesced by the server to a few per second).</summary>
    public event Action<PollResults>? PollResultsChanged;

    /// <summary>Raised when the leaderboard's top 10 changes (at most once a second).</summary>
    public event Action<LeaderboardTop>? LeaderboardChanged;

    /// <summary>Raised when this person gains a contact.</summary>
    public event Action<Contact>? ContactAdded;

    /// <summary>Raised when a contact request this person sent or received changes.</summary>
    public event Action<ContactRequest>? ContactRequestChanged;

    /// <summary>Raised for every message to or from this person.</summary>
    public event Action<DirectMessage>? MessageReceived;

    /// <summary>Raised when who is in a joined session changes (at most once a second).</summary>
    public event Action<SessionPresence>? PresenceChanged;

    /// <summary>Raised for every operations pulse pushed to this connection (after <see cref="WatchOperations"/>), once a second.</summary>
    public event Action<ForumPulse>? OperationsPulse;

    /// <summary>
    /// Connects over WebSockets to <paramref name="server"/> with a bearer token, reconnecting automatically.
    /// A refused token throws <see cref="LiveHubException"/> with code <c>auth.unauthenticated</c>.
    /// </summary>
    public static async Task<LiveConnection> ConnectAsync(Uri server, string token, Action<IHubConnectionBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server, LiveHubPath.Path), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => ForumJson.Apply(o.PayloadSerializerOptions))
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)]);
        configure?.Invoke(builder);
        var connection = new LiveConnection(builder.Build());
        try
        {
            await connection.Connection.StartAsync(ct);
        }
        catch (WebSocketException ex) when (ex.Message.Contains("'401'", StringComparison.Ordinal))
        {
            await connection.DisposeAsync();
            throw new LiveHubException(ErrorCodes.Unauthenticated, "The hub refused the token: it is invalid or has expired; sign in again.", ex);
        }
        return connection;
    }

    /// <summary>Joins a session and returns its queue, kept current by pushes and resnapshots after reconnects.</summary>
    public async Task<SessionQueue> JoinAsync(string sessionId, CancellationToken ct = default)
    {
        var queue = new SessionQueue(sessionId);
        lock (_sync)
        {
            _joined[sessionId] = queue;
        }
        queue.ApplySnapshot(await JoinSession(sessionId));
        return queue;
    }

    public Task<QuestionQueueSnapshot> JoinSession(string sessionId) => InvokeAsync<QuestionQueueSnapshot>(nameof(JoinSession), sessionId);

    public async Task LeaveSession(string sessionId)
    {
        lock (_sync)
        {
            _joined.Remove(sessionId);
        }
        await InvokeAsync(nameof(LeaveSession), sessionId);
    }

    public async Task<long> WatchAgenda()
    {
        var version = await InvokeAsync<long>(nameof(WatchAgenda));
        _watchingAgenda = true;
        return version;
    }

    public async Task UnwatchAgenda()
    {
        _watchingAgenda = false;
        await InvokeAsync(nameof(UnwatchAgenda));
    }

    public async Task<ForumPulse> WatchOperations()
    {
        var pulse = await InvokeAsync<ForumPulse>(nameof(WatchOperations));
        _watchingOperations = true;
        return pulse;
    }

    public async Task UnwatchOperations()
    {
        _watchingOperations = false;
        await InvokeAsync(nameof(UnwatchOperations));
    }

    public async Task<QuestionView> AskQuestion(string sessionId, string text, bool anonymous, string? operationId = null)
    {
        var question = await WriteAsync<QuestionView>(nameof(AskQuestion), operationId, sessionId, text, anonymous);
        Joined(sessionId)?.RecordAsked(question);
        return question;
    }

    /// <summary>
    /// Replaces the text of your own question while it is pending or approved and not pinned; it keeps its id, upvoters
    /// and votes, and carries <see cref="QuestionView.EditedAt"/>. In a pre-moderated session an approved question goes
    /// back to pending. Refused with <c>question.not_yours</c>, <c>question.not_editable</c> (answered, dismissed or
    /// pinned), <c>question.empty</c>, <c>question.too_long</c>, <c>question.rate_limited</c>, <c>question.not_found</c>,
    /// <c>session.ended</c>. Safe to retry with the same <paramref name="operationId"/> (one is made up when null).
    /// </summary>
    public async Task<QuestionView> EditQuestion(string sessionId, int questionId, string text, string? operationId = null)
    {
        var question = await WriteAsync<QuestionView>(nameof(EditQuestion), operationId, sessionId, questionId, text);
        Joined(sessionId)?.RecordEdited(question);
        return question;
    }

    /// <summary>
    /// Deletes your own question while it is pending or approved; it disappears for everyone (pushed in
    /// <see cref="QueueDelta.Deleted"/>). Refused with <c>question.not_yours</c>, <c>question.not_editable</c> (answered or
    /// dismissed), <c>question.not_found</c>, <c>session.ended</c>. Safe to retry with the same <paramref name="operationId"/>:
    /// a retry finding it deleted succeeds.
    /// </summary>
    public async Task DeleteQuestion(string sessionId, int questionId, string? operationId = null)
    {
        await WriteAsync(nameof(DeleteQuestion), operationId, sessionId, questionId);
        Joined(sessionId)?.RecordDeleted(questionId);
    }

    public async Task<UpvoteReceipt> Upvote(string sessionId, int questionId, string? operationId = null)
    {
        var receipt = await WriteAsync<UpvoteReceipt>(nameof(Upvote), operationId, sessionId, questionId);
        Joined(sessionId)?.RecordUpvote(receipt);
        return receipt;
    }

    public async Task<UpvoteReceipt> WithdrawUpvote(string sessionId, int questionId, string? operationId = null)
    {
        var receipt = await WriteAsync<UpvoteReceipt>(nameof(WithdrawUpvote), operationId, sessionId, questionId);
        Joined(sessionId)?.RecordUpvote(receipt);
        return receipt;
    }

    public Task<QuestionView> Moderate(string sessionId, int questionId, ModerationAction action, string? operationId = null) =>
        WriteAsync<QuestionView>(nameof(Moderate), operationId, sessionId, questionId, action);

    public Task SetQuestionMode(string sessionId, QuestionMode mode, string? operationId = null) => WriteAsync(nameof(SetQuestionMode), operationId, sessionId, mode);

    public Task SetSessionStatus(string sessionId, SessionStatus status, string? operationId = null) => WriteAsync(nameof(SetSessionStatus), operationId, sessionId, status);

    public Task<IReadOnlyList<PollView>> ListPolls(string sessionId) => InvokeAsync<IReadOnlyList<PollView>>(nameof(ListPolls), sessionId);

    public Task<PollDetails> CreatePoll(string sessionId, PollDraft draft, string? operationId = null) => WriteAsync<PollDetails>(nameof(CreatePoll), operationId, sessionId, draft);

    public Task<PollDetails> OpenPoll(string pollId, string? operationId = null) => WriteAsync<PollDetails>(nameof(OpenPoll), operationId, pollId);

    public Task<PollDetails> ClosePoll(string pollId, string? operationId = null) => WriteAsync<PollDetails>(nameof(ClosePoll), operationId, pollId);

    public Task<PollDetails> ShowPollResults(string pollId, string? operationId = null) => WriteAsync<PollDetails>(nameof(ShowPollResults), operationId, pollId);

    public Task<TextEntry> ModeratePollEntry(string pollId, string entryId, bool approve, string? operationId = null) =>
        WriteAsync<TextEntry>(nameof(ModeratePollEntry), operationId, pollId, entryId, approve);

    public Task<VoteReceipt> Vote(string pollId, Ballot ballot, string? operationId = null) => WriteAsync<VoteReceipt>(nameof(Vote), operationId, pollId, ballot);

    public Task<LeaderboardView> GetLeaderboard() => InvokeAsync<LeaderboardView>(nameof(GetLeaderboard));

    public Task<Badge> GetBadge() => InvokeAsync<Badge>(nameof(GetBadge));

    public Task<Badge> RotateBadge(string? operationId = null) => WriteAsync<Badge>(nameof(RotateBadge), operationId);

    public Task<ScanResult> ScanBadge(string code, string? note, string[]? tags, string? operationId = null) => WriteAsync<ScanResult>(nameof(ScanBadge), operationId, code, note, tags);

    public Task<ContactRequest> SendContactRequest(string toAttendeeId, string message, string? operationId = null) =>
        WriteAsync<ContactRequest>(nameof(SendContactRequest), operationId, toAttendeeId, message);

    public Task<ContactRequest> RespondToContactRequest(string requestId, RequestStatus answer, string? operationId = null) =>
        WriteAsync<ContactRequest>(nameof(RespondToContactRequest), operationId, requestId, answer);

    public Task SetBlocked(string attendeeId, bool blocked, string? operationId = null) => WriteAsync(nameof(SetBlocked), operationId, attendeeId, blocked);

    public Task<Contact> AnnotateContact(string contactId, string note, string[] tags, string? operationId = null) => WriteAsync<Contact>(nameof(AnnotateContact), operationId, contactId, note, tags);

    public Task<ContactBookView> GetContactBook() => InvokeAsync<ContactBookView>(nameof(GetContactBook));

    public Task<DirectMessage> SendMessage(string toAttendeeId, string text, string? operationId = null) => WriteAsync<DirectMessage>(nameof(SendMessage), operationId, toAttendeeId, text);

    public Task<MessagePage> GetMessages(string withAttendeeId, long? beforeSequence, int take) =>
        InvokeAsync<MessagePage>(nameof(GetMessages), withAttendeeId, beforeSequence, take);

    public Task<long> MarkMessagesRead(string withAttendeeId, long sequence, string? operationId = null) => WriteAsync<long>(nameof(MarkMessagesRead), operationId, withAttendeeId, sequence);

    /// <summary>
    /// People to meet, best first. Each reason is a <see cref="MatchReason"/> (kind, count, codes: action lines, SDG
    /// numbers, tracks, stakeholder types, ISO 639-1 languages), not a sentence: word it in your reader's language.
    /// </summary>
    public Task<Suggestion[]> GetSuggestions(int take) => InvokeAsync<Suggestion[]>(nameof(GetSuggestions), take);

    public Task<SessionPresence> CheckIn(string sessionId, bool visible, string? operationId = null) => WriteAsync<SessionPresence>(nameof(CheckIn), operationId, sessionId, visible);

    public Task<SessionPresence> CheckOut(string sessionId, string? operationId = null) => WriteAsync<SessionPresence>(nameof(CheckOut), operationId, sessionId);

    public Task<SessionPresence> GetPresence(string sessionId) => InvokeAsync<SessionPresence>(nameof(GetPresence), sessionId);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private SessionQueue? Joined(string sessionId)
    {
        lock (_sync)
        {
            return _joined.GetValueOrDefault(sessionId);
        }
    }

    private void OnQuestionsChanged(QueueDelta delta)
    {
        Joined(delta.SessionId)?.Apply(delta);
        QuestionsChanged?.Invoke(delta);
    }

    private void OnSessionChanged(SessionDetails session)
    {
        Joined(session.Id)?.ApplySession(session);
        SessionChanged?.Invoke(session);
    }

    /// <summary>A new connection belongs to no group: join every session again and replace each queue's state.</summary>
    private async Task RejoinAsync()
    {
        List<SessionQueue> queues;
        lock (_sync)
        {
            queues = [.. _joined.Values];
        }
        foreach (var queue in queues)
        {
            queue.BeginResync();
            await RejoinRetryingAsync(async () => queue.ApplySnapshot(await JoinSession(queue.SessionId)));
        }
        if (_watchingAgenda)
        {
            await RejoinRetryingAsync(() => InvokeAsync<long>(nameof(WatchAgenda)));
        }
        if (_watchingOperations)
        {
            await RejoinRetryingAsync(() => InvokeAsync<ForumPulse>(nameof(WatchOperations)));
        }
    }

    /// <summary>
    /// Right after a node dies the session's and the agenda's grains may still be moving to a survivor: a join that
    /// fails for that reason is tried again, or this connection would stop hearing of changes until the next reconnect.
    /// </summary>
    private async Task RejoinRetryingAsync(Func<Task> join)
    {
        var backoff = new RetryBackoff(RejoinWindow);
        while (true)
        {
            try
            {
                await join();
                return;
            }
            catch (Exception ex) when (ex is not LiveHubException { IsRetryable: false } && Connection.State == HubConnectionState.Connected)
            {
                if (!await backoff.WaitAsync(default))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>How long joining a session again after a reconnect is retried.</summary>
    private static readonly TimeSpan RejoinWindow = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a write whose outcome is unknown (the connection dropped before the answer came, or the forum said
    /// <c>store.unavailable</c> / <c>cluster.unavailable</c> / <c>server.busy</c>) is retried, with the same operation id, before
    /// <see cref="LiveHubUnavailableException"/> is thrown. 30 s by default; <see cref="TimeSpan.Zero"/> never retries.
    /// </summary>
    public TimeSpan WriteRetryWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends a write with an operation id (the caller's, or a new one) and sends it again, with the same id, until its
    /// outcome is known or <see cref="WriteRetryWindow"/> ends: the server applies it once however often it arrives.
    /// </summary>
    private async Task<T> WriteAsync<T>(string method, string? operationId, params object?[] args)
    {
        object?[] withId = [.. args, operationId ?? OperationId.New()];
        var backoff = new RetryBackoff(WriteRetryWindow);
        while (true)
        {
            try
            {
                return await Connection.InvokeCoreAsync<T>(method, withId);
            }
            catch (HubException ex)
            {
                var coded = ToLiveHubException(ex);
                if (!coded.IsRetryable || !await backoff.WaitAsync(default))
                {
                    throw coded;
                }
            }
            catch (Exception ex) when (ex is not HubException)
            {
                // Whether the call reached the server is unknown: wait for the connection to come back and send it again.
                if (!await WaitUntilConnectedAsync(backoff))
                {
                    throw new LiveHubUnavailableException(ErrorCodes.ClusterUnavailable,
                        $"The connection was lost and did not come back within {WriteRetryWindow.TotalSeconds:0} s; whether '{method}' was applied is unknown. Send it again with the same operation id.", ex);
                }
            }
        }
    }

    private async Task WriteAsync(string method, string? operationId, params object?[] args) =>
        await WriteAsync<object?>(method, operationId, args);

    private async Task<bool> WaitUntilConnectedAsync(RetryBackoff backoff)
    {
        while (await backoff.WaitAsync(default))
        {
            switch (Connection.State)
            {
                case HubConnectionState.Connected:
                    return true;
                case HubConnectionState.Disconnected:
                    // Automatic reconnection gave up (or the connection was stopped): nothing will bring it back.
                    return false;
            }
        }
        return false;
    }

    private async Task<T> InvokeAsync<T>(string method, params object?[] args)
    {
        try
        {
            return await Connection.InvokeCoreAsync<T>(method, args);
        }
        catch (HubException ex)
        {
            throw ToLiveHubException(ex);
        }
    }

    private async Task InvokeAsync(string method, params object?[] args)
    {
        try
        {
            await Connection.InvokeCoreAsync(method, args);
        }
        catch (HubException ex)
        {
            throw ToLiveHubException(ex);
        }
    }

    private static LiveHubException ToLiveHubException(HubException ex)
    {
        var match = CodePattern().Match(ex.Message);
        if (!match.Success)
        {
            return new LiveHubException("hub.error", ex.Message, ex);
        }
        var code = match.Groups["code"].Value;
        return ErrorCodes.IsRetryable(code)
            ? new LiveHubUnavailableException(code, match.Groups["detail"].Value, ex)
            : new LiveHubException(code, match.Groups["detail"].Value, ex);
    }

    [GeneratedRegex(@"HubException: (?<code>[a-z_]+(\.[a-z_]+)?): (?<detail>.*)$", RegexOptions.Singleline)]
    private static partial Regex CodePattern();
}
