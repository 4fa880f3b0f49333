using System.Diagnostics;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Grains.Questions;

/// <summary>
/// Coalesced pushes: changes are gathered for <see cref="QuestionQueueOptions.PushInterval"/> and sent as one delta
/// per audience, so a burst of upvotes costs a few pushes per second, not one per vote.
/// </summary>
public sealed partial class QuestionQueueGrain
{
    private readonly HashSet<int> _changed = [];
    private IGrainTimer? _pushTimer;
    private long _firstChangeAt;

    /// <summary>How many pushes this activation has sent, per audience kind; tests check the coalescing with it.</summary>
    internal int PushCount { get; private set; }

    private void MarkChanged(int questionId)
    {
        if (_changed.Count == 0)
        {
            _firstChangeAt = Stopwatch.GetTimestamp();
        }
        _changed.Add(questionId);
        _pushTimer ??= this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(options.Value.PushInterval, Timeout.InfiniteTimeSpan)
        {
            KeepAlive = true,
        });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await PushAsync(cancellationToken);
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        _pushTimer?.Dispose();
        _pushTimer = null;
        if (_changed.Count == 0)
        {
            return;
        }
        var changed = _changed.Select(id => _questions[id]).OrderBy(q => q.Record.Id).ToList();
        _changed.Clear();

        var sends = new List<Task>();
        var deleted = changed.Where(q => q.Record.Deleted).ToList();
        var kept = changed.Where(q => !q.Record.Deleted).ToList();
        var publicChanged = kept.Where(q => q.Record.IsPublic).Select(ToView).ToList();
        var publicRemoved = kept.Where(q => !q.Record.IsPublic && q.Record.EverPublic).Select(q => q.Record.Id).ToList();
        // Participants never saw a question deleted while pending, so they are not told of it.
        var publicDeleted = deleted.Where(q => q.Record.EverPublic).Select(q => q.Record.Id).ToList();
        if (publicChanged.Count > 0 || publicRemoved.Count > 0 || publicDeleted.Count > 0)
        {
            sends.Add(broadcaster.QuestionsChangedAsync(LiveAudience.Participants, SessionId,
                new QueueDelta(SessionId, _version, publicChanged, publicRemoved, publicDeleted)));
        }
        sends.Add(broadcaster.QuestionsChangedAsync(LiveAudience.Moderators, SessionId,
            new QueueDelta(SessionId, _version, [.. kept.Select(ToView)], [], [.. deleted.Select(q => q.Record.Id)])));
        // Askers follow their own pending and dismissed questions, which participants do not see, and their deletions
        // (on every device, also those that never joined the participants' group).
        foreach (var own in changed.Where(q => !q.Record.IsPublic).GroupBy(q => q.Record.AuthorId))
        {
            sends.Add(broadcaster.QuestionsChangedAsync(LiveAudience.Attendee, own.Key,
                new QueueDelta(SessionId, _version, [.. own.Where(q => !q.Record.Deleted).Select(ToView)], [],
                    [.. own.Where(q => q.Record.Deleted).Select(q => q.Record.Id)])));
        }
        PushCount += sends.Count;
        try
        {
            await Task.WhenAll(sends);
            metrics.Pushed(_firstChangeAt);
        }
        catch (Exception ex)
        {
            // A lost push is repaired by the client's resnapshot on reconnect; the stored state is already safe.
            LogPushFailed(logger, ex, SessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing queue changes of {SessionId} failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string sessionId);
}
