using System.Diagnostics;

namespace WsisConnect.Bench;

/// <summary>Progress lines with the time since the run started; safe to call from any thread.</summary>
public sealed class BenchLog(TextWriter writer)
{
    private readonly TextWriter _writer = TextWriter.Synchronized(writer);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Writes one line.</summary>
    public void Line(string text) => _writer.WriteLine($"[{_clock.Elapsed:hh\\:mm\\:ss}] {text}");
}
