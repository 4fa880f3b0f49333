using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Registration;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Bench.Dashboard;

/// <summary>
/// The background the dashboard is measured against: a few hundred connected people, each checked in to one of the
/// live sessions and joined to it, asking questions, upvoting and taking upvotes back, and voting in the plenary's
/// polls (a new poll every <see cref="PollEvery"/>), at a fixed rate in an open loop for as long as it runs.
/// </summary>
public sealed class DashboardAudience : IAsyncDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(20);

    private readonly LiveConnection _moderator;
    private readonly string _plenary;
    private readonly Person[] _people;
    private readonly ConcurrentDictionary<string, ConcurrentBag<int>> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Random _random;
    private string? _poll;
    private long _actions;
    private long _lag;

    private DashboardAudience(LiveConnection moderator, string plenary, Person[] people, int seed)
    {
        _moderator = moderator;
        _plenary = plenary;
        _people = people;
        _random = new Random(seed);
    }

    /// <summary>Writes acknowledged so far.</summary>
    public long Actions => Interlocked.Read(ref _actions);

    /// <summary>Writes refused or lost so far, by error (a question over the per-person limit is one).</summary>
    public IReadOnlyDictionary<string, int> Failures => new Dictionary<string, int>(_failures);

    /// <summary>Writes the loop sent more than 100 ms after their scheduled moment (the tool itself starved).</summary>
    public long Late => Interlocked.Read(ref _lag);

    /// <summary>Connects everyone (a bounded number at a time), checks each in to its session and joins it.</summary>
    public static async Task<DashboardAudience> ConnectAsync(Uri server, LiveConnection moderator, string plenary, IReadOnlyList<string> sessions,
        IReadOnlyList<string> tokens, int batch, int seed, CancellationToken ct)
    {
        var people = new Person[tokens.Count];
        using var gate = new SemaphoreSlim(batch);
        await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            await gate.WaitAsync(ct);
            try
            {
                // Four in ten sit in the plenary, where the polls run; the rest spread over the other sessions.
                var session = i % 10 < 4 ? plenary : sessions[i % sessions.Count];
                var connection = await LiveConnection.ConnectAsync(server, token, Configure, ct);
                var checkIn = Guid.NewGuid().ToString();
                await Retried(() => connection.CheckIn(session, visible: true, checkIn), ct);
                await Retried(() => connection.JoinSession(session), ct);
                people[i] = new Person(connection, session);
            }
            finally
            {
                gate.Release();
            }
        }));
        return new DashboardAudience(moderator, plenary, people, seed);
    }

    /// <summary>A node shedding load answers <c>server.busy</c>: sent again (same operation id) as the SDK's users are told to.</summary>
    private static async Task Retried(Func<Task> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call();
                return;
            }
            catch (LiveHubUnavailableException) when (attempt < 8)
            {
                await Task.Delay(Retry.Backoff(attempt), ct);
            }
        }
    }

    /// <summary>Long server timeout: on a saturated two-core machine a keep-alive may arrive late.</summary>
    public static void Configure(IHubConnectionBuilder builder) =>
        builder.WithServerTimeout(TimeSpan.FromMinutes(5)).WithKeepAliveInterval(TimeSpan.FromSeconds(15));

    /// <summary>Sends <paramref name="perSecond"/> writes a second, each at its scheduled moment, until cancelled.</summary>
    public async Task RunAsync(double perSecond, CancellationToken ct)
    {
        var interval = Stopwatch.Frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var nextPoll = start;
        var pending = new List<Task>();
        try
        {
            for (long i = 0; ; i++)
            {
                if (Stopwatch.GetTimestamp() >= nextPoll)
                {
                    await Counted("poll", NextPollAsync);
                    nextPoll = Stopwatch.GetTimestamp() + (long)(PollEvery.TotalSeconds * Stopwatch.Frequency);
                }
                var due = start + (long)(i * interval);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, ct);
                }
                else if (wait < TimeSpan.FromMilliseconds(-100))
                {
                    Interlocked.Increment(ref _lag);
                }
                var person = _people[_random.Next(_people.Length)];
                var roll = _random.NextDouble();
                pending.Add(Task.Run(() => Counted(nameof(Act), () => Act(person, roll)), ct));
                pending.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(60), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task Act(Person person, double roll)
    {
        if (person.Session == _plenary && _poll is { } poll && roll < 0.5 && person.VotedIn != poll)
        {
            person.VotedIn = poll;
            await person.Connection.Vote(poll, new Ballot([(int)(roll * 8)]), Guid.NewGuid().ToString());
            return;
        }
        if (roll < 0.7 && _questions.TryGetValue(person.Session, out var asked) && !asked.IsEmpty)
        {
            var question = asked.ElementAt(_random.Next(asked.Count));
            if (person.Upvoted.TryAdd(question, 0))
            {
                await person.Connection.Upvote(person.Session, question, Guid.NewGuid().ToString());
            }
            else
            {
                person.Upvoted.TryRemove(question, out _);
                await person.Connection.WithdrawUpvote(person.Session, question, Guid.NewGuid().ToString());
            }
            return;
        }
        var view = await person.Connection.AskQuestion(person.Session, "How will this be followed up after the Forum?", anonymous: false, Guid.NewGuid().ToString());
        // A pre-moderated session's question waits for a moderator and takes no upvotes until then.
        if (view.Status == QuestionStatus.Approved)
        {
            _questions.GetOrAdd(person.Session, _ => []).Add(view.Id);
        }
    }

    private async Task NextPollAsync()
    {
        if (_poll is { } open)
        {
            await _moderator.ClosePoll(open, Guid.NewGuid().ToString());
        }
        var poll = await _moderator.CreatePoll(_plenary, new PollDraft("Which action line matters most to you?", PollKind.SingleChoice,
            ["C2 Infrastructure", "C4 Capacity building", "C5 Confidence and security", "C7 ICT applications"]), Guid.NewGuid().ToString());
        await _moderator.OpenPoll(poll.Id, Guid.NewGuid().ToString());
        _poll = poll.Id;
    }

    private async Task Counted(string what, Func<Task> write)
    {
        try
        {
            await write();
            Interlocked.Increment(ref _actions);
        }
        catch (Exception e) when (e is LiveHubException or LiveHubUnavailableException or HubException or InvalidOperationException or TimeoutException)
        {
            _failures.AddOrUpdate($"{what}: {Retry.Describe(e)}", 1, (_, n) => n + 1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var batch in _people.Where(p => p is not null).Chunk(200))
        {
            await Task.WhenAll(batch.Select(p => p.Connection.DisposeAsync().AsTask()));
        }
    }

    private sealed class Person(LiveConnection connection, string session)
    {
        public LiveConnection Connection { get; } = connection;

        public string Session { get; } = session;

        public string? VotedIn { get; set; }

        /// <summary>Questions this person upvotes now: the next action on one takes the upvote back.</summary>
        public ConcurrentDictionary<int, byte> Upvoted { get; } = new();
    }
}
