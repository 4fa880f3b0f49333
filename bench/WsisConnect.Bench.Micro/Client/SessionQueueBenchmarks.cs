using System.Reflection;
using BenchmarkDotNet.Attributes;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Bench.Micro.Client;

/// <summary>
/// The SDK's copy of a session queue: applying a pushed delta (what every connected client does on every push)
/// and reading the queue in display order. Apply and ApplySnapshot are internal to the SDK (LiveConnection calls
/// them on pushes); delegates bound once by reflection call them without a connection.
/// </summary>
public class SessionQueueBenchmarks
{
    private static readonly Action<SessionQueue, QueueDelta> Apply = Bind<QueueDelta>("Apply");
    private static readonly Action<SessionQueue, QuestionQueueSnapshot> ApplySnapshot = Bind<QuestionQueueSnapshot>("ApplySnapshot");

    private SessionQueue _queue = null!;
    private QuestionView[] _questions = null!;
    private long _revision;
    private long _version;

    [Params(200)]
    public int Questions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var asked = new DateTimeOffset(2025, 7, 8, 10, 0, 0, TimeSpan.FromHours(2));
        _questions = [.. Enumerable.Range(1, Questions).Select(i => new QuestionView(
            i, "s004", $"Question {i}: how do we close the usage gap?", $"a{i}", $"Person {i}", Participation.Remote,
            QuestionStatus.Approved, false, i % 17, asked.AddSeconds(i), 1, null))];
        var session = new SessionDetails("s004", "Session", "", SessionFormat.InteractiveSession, "Room", asked, asked.AddHours(1),
            ["C2"], [9], null, [], [], QuestionMode.Open, SessionStatus.Live);
        _queue = new SessionQueue("s004");
        ApplySnapshot(_queue, new QuestionQueueSnapshot(session, _questions, [], [], false, 0));
        _revision = 1;
        _version = 0;
    }

    /// <summary>A delta of ten upvoted questions, as one 150 ms push carries in a busy session.</summary>
    [Benchmark]
    public void ApplyDeltaOfTen()
    {
        var revision = ++_revision;
        var changed = new QuestionView[10];
        for (var i = 0; i < changed.Length; i++)
        {
            var q = _questions[(int)((revision * 7 + i * 13) % _questions.Length)];
            changed[i] = q with { Upvotes = q.Upvotes + (int)revision, Revision = revision };
        }
        Apply(_queue, new QueueDelta("s004", ++_version, changed, [], []));
    }

    [Benchmark]
    public int ReadInDisplayOrder() => _queue.Questions.Count;

    private static Action<SessionQueue, T> Bind<T>(string method) =>
        typeof(SessionQueue).GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic, [typeof(T)])!
            .CreateDelegate<Action<SessionQueue, T>>();
}
