using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>
/// Collects awards from every grain of the silo and applies them in batches, off the hot paths: a vote or a
/// question never waits for the leaderboard, and thousands of awards a second cost a few store round trips.
/// Points are engagement, not money: an award queued when the process dies is lost, which the design accepts.
/// </summary>
public sealed partial class PointsFeed(
    LeaderboardStore store, IGrainFactory grains, StoreMetrics storeMetrics, LeaderboardMetrics metrics, ILogger<PointsFeed> logger) : BackgroundService
{
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(200);
    private readonly Channel<PointsAward> _awards = Channel.CreateBounded<PointsAward>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        _ => metrics.Dropped(1));

    /// <summary>Queues an award for <paramref name="person"/>; never blocks.</summary>
    public void Award(Caller person, PointsKind kind, int? points = null) => Award(person.AttendeeId, person.Name, kind, points);

    /// <summary>Queues an award; never blocks.</summary>
    public void Award(string attendeeId, string name, PointsKind kind, int? points = null) =>
        _awards.Writer.TryWrite(new PointsAward(attendeeId, name, kind, points ?? PointsRules.Points(kind)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.ObserveQueue(() => _awards.Reader.Count);
        var batch = new List<PointsAward>();
        while (await _awards.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(BatchWindow, stoppingToken);
            while (batch.Count < 5_000 && _awards.Reader.TryRead(out var award))
            {
                batch.Add(award);
            }
            var applied = 0;
            try
            {
                // Batch by batch, each retried by the store under its own id, so a slow store costs at most the
                // batches it never answered, and a retried one is never applied twice.
                foreach (var chunk in batch.Chunk(LeaderboardStore.BatchSize))
                {
                    var started = Stopwatch.GetTimestamp();
                    await store.AwardBatchAsync(LeaderboardStore.NewBatchId(), chunk);
                    storeMetrics.Stored(StoreMetrics.LeaderboardAwards, chunk.Length, started);
                    applied += chunk.Length;
                }
                await grains.GetGrain<ILeaderboardGrain>(Contracts.Forum.ForumKeys.Forum).WakeAsync();
            }
            // A store timeout can surface as a TaskCanceledException too; only the host stopping ends the feed, else a
            // slow store would stop the whole node (seen once in the browser tests on a loaded machine).
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                metrics.Dropped(batch.Count - applied);
                LogAwardFailed(logger, ex, batch.Count - applied, batch.Count);
            }
            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Awarding leaderboard points failed after retries: {Dropped} of {Count} awards dropped")]
    private static partial void LogAwardFailed(ILogger logger, Exception exception, int dropped, int count);
}
