using System.Collections.Concurrent;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Bench.Cluster.Restart;

/// <summary>
/// Continuous writes through the real server: registered people ask questions (a third of the actions) and upvote or
/// take back upvotes on questions asked (the rest), in the demo's open sessions, at a steady rate. Questions make the
/// live data grow; upvote toggles are churn that only history grows on.
/// </summary>
internal sealed class WriteLoad : IAsyncDisposable
{
    private readonly List<Writer> _writers;
    private readonly string[] _sessions;
    private readonly ConcurrentDictionary<string, ConcurrentBag<int>> _asked = new();
    private long _acknowledged;
    private long _refused;
    private long _failed;

    private WriteLoad(List<Writer> writers, string[] sessions)
    {
        _writers = writers;
        _sessions = sessions;
    }

    public long Acknowledged => Interlocked.Read(ref _acknowledged);
    public long Refused => Interlocked.Read(ref _refused);
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>How many questions the server acknowledged per session: all must be there after a restart.</summary>
    public IReadOnlyDictionary<string, int> AskedPerSession => _asked.ToDictionary(p => p.Key, p => p.Value.Count);

    /// <summary>A signed-in API client of one of the writers, to read back what was written.</summary>
    public ForumApiClient Reader => _writers[0].Api;

    /// <summary>Registers <paramref name="people"/> people and connects each.</summary>
    public static async Task<WriteLoad> ConnectAsync(Uri server, int people, CancellationToken ct)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var agenda = await new ForumApiClient(http).GetAgendaAsync(ct: ct);
        var sessions = agenda.Sessions
            .Where(s => s.QuestionMode == QuestionMode.Open && s.Status != SessionStatus.Ended)
            .Select(s => s.Id).ToArray();
        var writers = new List<Writer>();
        for (var i = 0; i < people; i++)
        {
            var api = new ForumApiClient(new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) });
            var registered = await api.RegisterAsync($"Load writer {i}", "Bench", "CH", StakeholderType.CivilSociety, "en", ct);
            writers.Add(new Writer(api, await LiveConnection.ConnectAsync(server, registered.Token, ct: ct), new Random(i)));
        }
        return new WriteLoad(writers, sessions);
    }

    /// <summary>Writes at <paramref name="rate"/> actions per second for <paramref name="duration"/>.</summary>
    public async Task RunAsync(int rate, TimeSpan duration, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var inFlight = new List<Task>();
        for (long i = 0; ; i++)
        {
            var due = started + TimeSpan.FromSeconds(i / (double)rate);
            if (due - started >= duration)
            {
                break;
            }
            var wait = due - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            var writer = _writers[(int)(i % _writers.Count)];
            if (writer.Busy.Wait(0))
            {
                inFlight.Add(ActAsync(writer));
            }
            if (inFlight.Count > 1000)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromSeconds(60), ct);
    }

    private async Task ActAsync(Writer writer)
    {
        try
        {
            var session = _sessions[writer.Random.Next(_sessions.Length)];
            var questions = _asked.GetOrAdd(session, _ => []);
            if (questions.IsEmpty || writer.Random.Next(3) == 0)
            {
                var asked = await writer.Live.AskQuestion(session, $"Question {writer.Random.Next():x8} about the action lines and what comes next", anonymous: false);
                questions.Add(asked.Id);
            }
            else
            {
                var id = questions.ElementAt(writer.Random.Next(questions.Count));
                if (writer.Upvoted.Add((session, id)))
                {
                    await writer.Live.Upvote(session, id);
                }
                else
                {
                    writer.Upvoted.Remove((session, id));
                    await writer.Live.WithdrawUpvote(session, id);
                }
            }
            Interlocked.Increment(ref _acknowledged);
        }
        catch (LiveHubException)
        {
            // A refusal (the asking limit of a session, a race on one's own upvote) still wrote nothing wrong.
            Interlocked.Increment(ref _refused);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _failed);
        }
        finally
        {
            writer.Busy.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.Live.DisposeAsync();
        }
    }

    private sealed record Writer(ForumApiClient Api, LiveConnection Live, Random Random)
    {
        public SemaphoreSlim Busy { get; } = new(1, 1);

        public HashSet<(string Session, int Id)> Upvoted { get; } = [];
    }
}
