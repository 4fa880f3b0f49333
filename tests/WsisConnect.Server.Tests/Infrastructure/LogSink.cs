using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>Keeps what the server logs (after its own filters), so tests can count what a run of calls wrote.</summary>
public sealed class LogSink : ILoggerProvider
{
    private const int Capacity = 100_000;
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private long _written;

    /// <summary>How many entries have been written so far; pass it to <see cref="Since"/> later.</summary>
    public long Mark => Interlocked.Read(ref _written);

    /// <summary>The entries written after <paramref name="mark"/> that are still kept.</summary>
    public IReadOnlyList<LogEntry> Since(long mark) => [.. _entries.Where(e => e.Sequence >= mark)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var sequence = Interlocked.Increment(ref sink._written) - 1;
            sink.Add(new LogEntry(sequence, logLevel, category, formatter(state, exception), exception));
        }
    }
}

/// <summary>One log entry as the server wrote it.</summary>
public sealed record LogEntry(long Sequence, LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " [" + Exception.GetType().Name + "]")}";
}
