using System.Diagnostics;
using System.Diagnostics.Metrics;
using WsisConnect.Grains.Monitoring;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Grains.Questions;

/// <summary>Questions asked, and how long a change to a queue waits before its push leaves.</summary>
public sealed class QuestionMetrics
{
    private readonly Counter<long> _asked;
    private readonly Histogram<double> _pushDelay;

    private readonly SessionActivity _activity;

    public QuestionMetrics(IMeterFactory meters, SessionActivity activity)
    {
        _activity = activity;
        var meter = meters.Create(ForumMeter.Name);
        _asked = meter.CreateCounter<long>("wsisconnect.questions.asked", "{question}", "Questions stored (a retried ask does not count again).");
        _pushDelay = meter.CreateHistogram("wsisconnect.questions.push.delay", "s",
            "From the first change to a session's queue (a question, an upvote, a moderation) to the push carrying it handed to SignalR.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ForumMeter.SecondsBuckets });
    }

    /// <summary>Counts one stored question in <paramref name="sessionId"/>.</summary>
    public void Asked(string sessionId)
    {
        _asked.Add(1);
        _activity.Asked(sessionId);
    }

    /// <summary>Records a push whose oldest change was made at <paramref name="firstChangeAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Pushed(long firstChangeAt) => _pushDelay.Record(Stopwatch.GetElapsedTime(firstChangeAt).TotalSeconds);
}
