using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Chaos;

/// <summary>
/// One remote participant of a chaos run: a live connection through the load balancer, the session's queue kept
/// current by the SDK, the latest poll results seen (by highest version), and a loop of mixed writes.
/// </summary>
public sealed class ChaosPerson(int index, string attendeeId, LiveConnection live, SessionQueue queue, string? contactId, string? conversation)
    : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PollResults> _results = new(StringComparer.Ordinal);
    private readonly HashSet<int> _upvoted = [];
    private int _reconnects;

    /// <summary>The person's position among the participants.</summary>
    public int Index { get; } = index;

    /// <summary>Their attendee id.</summary>
    public string AttendeeId { get; } = attendeeId;

    /// <summary>Their live connection.</summary>
    public LiveConnection Live { get; } = live;

    /// <summary>The contact they message, if they have one.</summary>
    public string? ContactId { get; } = contactId;

    /// <summary>The conversation with that contact (its pair key).</summary>
    public string? Conversation { get; } = conversation;

    /// <summary>Their copy of the session's queue.</summary>
    public SessionQueue Queue { get; } = queue;

    /// <summary>How often their connection came back after a drop.</summary>
    public int Reconnects => _reconnects;

    /// <summary>The newest results this person has seen of each poll.</summary>
    public IReadOnlyDictionary<string, PollResults> Results => _results;

    /// <summary>Follows results pushes and, after a reconnect (a new connection missed what happened meanwhile), lists the polls again as the PWA does.</summary>
    public void Follow(string sessionId)
    {
        Live.PollResultsChanged += Keep;
        Live.Connection.Reconnected += async _ =>
        {
            Interlocked.Increment(ref _reconnects);
            // As the PWA does: keep trying while the session's grains move to a surviving node.
            for (var attempt = 0; attempt < 120; attempt++)
            {
                try
                {
                    await RefreshAsync(sessionId);
                    return;
                }
                catch (Exception)
                {
                    await Task.Delay(500);
                }
            }
        };
    }

    /// <summary>Reads every poll of the session once and keeps the results.</summary>
    public async Task RefreshAsync(string sessionId)
    {
        foreach (var poll in await Live.ListPolls(sessionId))
        {
            if (poll.Results is { } results)
            {
                Keep(results);
            }
        }
    }

    /// <summary>Writes until <paramref name="stop"/>: ask, upvote, vote, message, each acknowledged or recorded as unknown.</summary>
    public async Task RunAsync(string sessionId, IReadOnlyList<string> polls, AcknowledgedWrites ledger, Stopwatch clock, CancellationToken stop)
    {
        var random = new Random(Index * 7919);
        var asked = 0;
        while (!stop.IsCancellationRequested)
        {
            var roll = random.Next(100);
            var started = clock.Elapsed;
            var ok = false;
            string what = "";
            try
            {
                if (roll < 15)
                {
                    var text = $"Person {Index} question {++asked}";
                    what = $"ask '{text}'";
                    var question = await Live.AskQuestion(sessionId, text, anonymous: false);
                    ledger.Questions[text] = question.Id;
                }
                else if (roll < 45)
                {
                    var candidates = Queue.Questions.Where(q => q.Status == QuestionStatus.Approved && !Queue.MyQuestions.Contains(q.Id) && !_upvoted.Contains(q.Id)).ToList();
                    if (candidates.Count == 0)
                    {
                        await Task.Delay(100, stop);
                        continue;
                    }
                    var target = candidates[random.Next(candidates.Count)].Id;
                    what = $"upvote {target}";
                    await Live.Upvote(sessionId, target);
                    _upvoted.Add(target);
                    ledger.Upvotes.GetOrAdd(target, _ => new()).TryAdd(AttendeeId, 0);
                }
                else if (roll < 75 || Conversation is null)
                {
                    // Most people vote in the big poll; every fourth also in the small one.
                    var poll = Index % 4 == 0 && roll % 2 == 0 ? polls[0] : polls[1];
                    var option = random.Next(3);
                    what = $"vote {option} in {poll}";
                    await Live.Vote(poll, new Ballot([option]));
                    ledger.Ballots.GetOrAdd(poll, _ => new(StringComparer.Ordinal))[AttendeeId] = option;
                }
                else
                {
                    var text = $"Message {Guid.NewGuid():N} from person {Index}";
                    what = $"message {ContactId}";
                    await Live.SendMessage(ContactId!, text);
                    ledger.Messages.GetOrAdd(Conversation, _ => []).Add(text);
                }
                ledger.Acknowledge();
                ok = true;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (LiveHubException ex) when (ex.IsRetryable)
            {
                ledger.Unknown.Add($"person {Index}: {what} at {started.TotalSeconds:0.0} s: {ex.Code}: {ex.Message}");
            }
            catch (LiveHubException ex)
            {
                ledger.Refused.Add($"person {Index}: {what} at {started.TotalSeconds:0.0} s: {ex.Code}: {ex.Message}");
            }
            ledger.Timings.Add(new WriteTiming(Index, started, clock.Elapsed, ok));
            try
            {
                await Task.Delay(150 + random.Next(300), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Keep(PollResults results) =>
        _results.AddOrUpdate(results.PollId, results, (_, held) => held.Version >= results.Version ? held : results);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Live.DisposeAsync();
}
