using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Agenda;

public sealed partial class AgendaGrain
{
    // Changed sessions since the last push (null: removed); the rooms always go whole, being few.
    private readonly Dictionary<string, SessionDetails?> _pending = new(StringComparer.Ordinal);
    private IGrainTimer? _pushTimer;
    private long _pushedVersion = -1;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pushedVersion = state.State.Version;
        return Task.CompletedTask;
    }

    private void SchedulePush()
    {
        _pushTimer ??= this.RegisterGrainTimer(PushAsync,
            new GrainTimerCreationOptions(options.Value.PushInterval, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>One push for everything gathered: the sessions as they are now, or "reload" when that is too many.</summary>
    private async Task PushAsync(CancellationToken cancellationToken)
    {
        _pushTimer?.Dispose();
        _pushTimer = null;
        if (state.State.Version == _pushedVersion)
        {
            return;
        }
        var reload = _pending.Count > options.Value.MaxSessionsPerPush;
        var delta = new AgendaDelta(
            state.State.Version,
            _pushedVersion,
            reload ? [] : [.. _pending.Values.OfType<SessionDetails>()],
            reload ? [] : [.. _pending.Where(p => p.Value is null).Select(p => p.Key)],
            [.. state.State.Rooms],
            reload);
        _pending.Clear();
        _pushedVersion = state.State.Version;
        await broadcaster.AgendaChangedAsync(delta);
    }
}
