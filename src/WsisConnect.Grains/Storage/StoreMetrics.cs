using System.Diagnostics;
using System.Diagnostics.Metrics;
using WsisConnect.Grains.Telemetry;

namespace WsisConnect.Grains.Storage;

/// <summary>The batches the grains send to the store: how many entries each carries and how long it takes.</summary>
public sealed class StoreMetrics
{
    /// <summary>The batch of poll votes (<see cref="BatchedHashWriter"/> of a poll partition).</summary>
    public const string PollVotes = "poll_votes";

    /// <summary>The batch of prize votes (<see cref="BatchedHashWriter"/> of a prize category).</summary>
    public const string PrizeVotes = "prize_votes";

    /// <summary>The batch of leaderboard awards (the points feed).</summary>
    public const string LeaderboardAwards = "leaderboard_awards";

    private readonly Histogram<int> _size;
    private readonly Histogram<double> _duration;

    public StoreMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ForumMeter.Name);
        _size = meter.CreateHistogram("wsisconnect.store.batch.size", "{entry}", "Entries carried by one store command of a batching writer.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = ForumMeter.SizeBuckets });
        _duration = meter.CreateHistogram("wsisconnect.store.batch.duration", "s", "Time one batch took to be stored (retries included).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ForumMeter.SecondsBuckets });
    }

    /// <summary>Records a batch of <paramref name="size"/> entries of <paramref name="batch"/> sent at <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Stored(string batch, int size, long startedAt)
    {
        var tag = new KeyValuePair<string, object?>("batch", batch);
        _size.Record(size, tag);
        _duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, tag);
    }
}
