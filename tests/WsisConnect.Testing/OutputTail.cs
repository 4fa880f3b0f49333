using System.Diagnostics;

namespace WsisConnect.Testing;

/// <summary>The last lines a child process wrote, kept so a failing test can show why the process misbehaved
/// without buffering a whole run's log in memory.</summary>
internal sealed class OutputTail(int capacity = 200)
{
    private readonly Queue<string> _lines = new(capacity);
    private readonly Lock _gate = new();

    /// <summary>Feeds both redirected streams of <paramref name="process"/> into the tail; call before Start.</summary>
    public void Attach(Process process, string stdoutPrefix = "", string stderrPrefix = "err: ")
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Add(stdoutPrefix + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Add(stderrPrefix + e.Data); };
    }

    public void Add(string line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    public bool Contains(string text)
    {
        lock (_gate)
        {
            return _lines.Any(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, Lines());
}
