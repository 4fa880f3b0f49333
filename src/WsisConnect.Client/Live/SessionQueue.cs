using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Client.Live;

/// <summary>
/// A client's copy of one session's queue: a snapshot plus the deltas after it. Each question is kept at its
/// highest revision, so a delta seen twice or late changes nothing; a delta older than the snapshot is dropped.
/// </summary>
public sealed class SessionQueue(string sessionId)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<int, QuestionView> _questions = [];
    private readonly List<QueueDelta> _early = [];
    private readonly HashSet<int> _mine = [];
    private readonly HashSet<int> _myUpvotes = [];
    // Deleted questions never come back (their numbers are not reused), so a late change to one is ignored.
    private readonly HashSet<int> _deleted = [];
    private long _version = -1;
    private SessionDetails? _session;

    /// <summary>Raised after every change, on the thread that received it.</summary>
    public event Action<SessionQueue>? Changed;

    /// <summary>The session's id.</summary>
    public string SessionId { get; } = sessionId;

    /// <summary>The session as last seen.</summary>
    public SessionDetails? Session { get { lock (_sync) { return _session; } } }

    /// <summary>Whether the snapshot said this caller moderates the session.</summary>
    public bool IsModerator { get; private set; }

    /// <summary>The questions this caller may see, in the room's running order: pinned, then most upvoted, then answered.</summary>
    public IReadOnlyList<QuestionView> Questions
    {
        get
        {
            lock (_sync)
            {
                return [.. _questions.Values
                    .OrderByDescending(q => q.Pinned)
                    .ThenBy(q => q.Status switch { QuestionStatus.Approved => 0, QuestionStatus.Pending => 1, QuestionStatus.Answered => 2, _ => 3 })
                    .ThenByDescending(q => q.Upvotes)
                    .ThenBy(q => q.AskedAt)];
            }
        }
    }

    /// <summary>Ids of questions this caller asked.</summary>
    public IReadOnlyCollection<int> MyQuestions { get { lock (_sync) { return [.. _mine]; } } }

    /// <summary>Ids of questions this caller upvoted.</summary>
    public IReadOnlyCollection<int> MyUpvotes { get { lock (_sync) { return [.. _myUpvotes]; } } }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<SessionQueue, bool> condition, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(SessionQueue q)
        {
            if (condition(q)) done.TrySetResult();
        }
        Changed += Check;
        try
        {
            Check(this);
            await done.Task.WaitAsync(timeout);
        }
        finally
        {
            Changed -= Check;
        }
    }

    internal void BeginResync()
    {
        lock (_sync)
        {
            _version = -1;
        }
    }

    internal void ApplySnapshot(QuestionQueueSnapshot snapshot)
    {
        lock (_sync)
        {
            _questions.Clear();
            foreach (var q in snapshot.Questions) _questions[q.Id] = q;
            _deleted.Clear();
            _mine.Clear();
            _mine.UnionWith(snapshot.MyQuestions);
            _myUpvotes.Clear();
            _myUpvotes.UnionWith(snapshot.MyUpvotes);
            _session = snapshot.Session;
            IsModerator = snapshot.IsModerator;
            _version = snapshot.Version;
            foreach (var delta in _early.Where(d => d.Version > snapshot.Version)) ApplyLocked(delta);
            _early.Clear();
        }
        Changed?.Invoke(this);
    }

    internal void Apply(QueueDelta delta)
    {
        lock (_sync)
        {
            if (_version < 0)
            {
                _early.Add(delta);
                return;
            }
            ApplyLocked(delta);
        }
        Changed?.Invoke(this);
    }

    internal void RecordAsked(QuestionView question)
    {
        lock (_sync)
        {
            _mine.Add(question.Id);
            if (_version >= 0 && (!_questions.TryGetValue(question.Id, out var held) || held.Revision < question.Revision))
            {
                _questions[question.Id] = question;
            }
        }
        Changed?.Invoke(this);
    }

    internal void RecordEdited(QuestionView question)
    {
        lock (_sync)
        {
            if (_version >= 0 && !_deleted.Contains(question.Id)
                && (!_questions.TryGetValue(question.Id, out var held) || held.Revision < question.Revision))
            {
                _questions[question.Id] = question;
            }
        }
        Changed?.Invoke(this);
    }

    internal void RecordDeleted(int questionId)
    {
        lock (_sync)
        {
            Forget(questionId);
        }
        Changed?.Invoke(this);
    }

    private void Forget(int questionId)
    {
        _deleted.Add(questionId);
        _questions.Remove(questionId);
        _mine.Remove(questionId);
        _myUpvotes.Remove(questionId);
    }

    internal void RecordUpvote(UpvoteReceipt receipt)
    {
        lock (_sync)
        {
            if (receipt.Upvoted) _myUpvotes.Add(receipt.QuestionId);
            else _myUpvotes.Remove(receipt.QuestionId);
        }
        Changed?.Invoke(this);
    }

    internal void ApplySession(SessionDetails session)
    {
        lock (_sync)
        {
            _session = session;
        }
        Changed?.Invoke(this);
    }

    private void ApplyLocked(QueueDelta delta)
    {
        foreach (var q in delta.Changed.Where(q => !_deleted.Contains(q.Id)))
        {
            if (!_questions.TryGetValue(q.Id, out var held) || held.Revision < q.Revision)
            {
                _questions[q.Id] = q;
            }
        }
        // A question leaving the public view stays for its asker, who is told its new state separately.
        foreach (var id in delta.Removed.Where(id => !_mine.Contains(id)))
        {
            _questions.Remove(id);
        }
        foreach (var id in delta.Deleted)
        {
            Forget(id);
        }
        _version = Math.Max(_version, delta.Version);
    }
}
