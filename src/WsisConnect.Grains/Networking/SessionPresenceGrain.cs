using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Networking;

/// <summary>
/// Who is in a session: one hash field per person checked in, counts kept in memory, and a push of the new
/// picture at most once a second however many people walk in.
/// </summary>
public sealed class SessionPresenceGrain(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    ILiveBroadcaster broadcaster,
    PointsFeed points) : Grain, ISessionPresenceGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, (PresentPerson Person, bool Visible)> _here = new(StringComparer.Ordinal);
    private IGrainTimer? _pushTimer;

    private string SessionId => this.GetPrimaryKeyString();
    private RedisKey Key => $"{store.Value.KeyPrefix}:presence:{{{SessionId}}}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await redis.GetDatabase().HashGetAllAsync(Key))
        {
            var parts = ((string)entry.Value!).Split('|', 3);
            _here[entry.Name!] = (new PresentPerson(entry.Name!, parts[2], parts[0] == "o" ? Participation.OnSite : Participation.Remote), parts[1] == "v");
        }
    }

    public async Task<SessionPresence> CheckInAsync(Caller caller, bool visible)
    {
        await RequireSessionAsync();
        var first = !_here.ContainsKey(caller.AttendeeId);
        var person = new PresentPerson(caller.AttendeeId, caller.Name, caller.Participation);
        await redis.GetDatabase().HashSetAsync(Key, caller.AttendeeId,
            $"{(caller.Participation == Participation.OnSite ? "o" : "r")}|{(visible ? "v" : "h")}|{caller.Name}");
        _here[caller.AttendeeId] = (person, visible);
        if (first)
        {
            points.Award(caller, PointsKind.CheckedIn);
        }
        if (visible)
        {
            await GrainFactory.GetGrain<IDirectoryGrain>(ForumKeys.Forum).NoteCheckInAsync(caller.AttendeeId, SessionId);
        }
        SchedulePush();
        return View(caller.AttendeeId);
    }

    public async Task<SessionPresence> CheckOutAsync(Caller caller)
    {
        if (_here.Remove(caller.AttendeeId))
        {
            await redis.GetDatabase().HashDeleteAsync(Key, caller.AttendeeId);
            SchedulePush();
        }
        return View(caller.AttendeeId);
    }

    public async Task<SessionPresence> GetAsync(Caller caller)
    {
        await RequireSessionAsync();
        return View(caller.AttendeeId);
    }

    private SessionPresence View(string? attendeeId) => new(
        SessionId,
        _here.Values.Count(p => p.Person.Participation == Participation.OnSite),
        _here.Values.Count(p => p.Person.Participation == Participation.Remote),
        [.. _here.Values.Where(p => p.Visible).Select(p => p.Person).OrderBy(p => p.Name, StringComparer.CurrentCulture)],
        attendeeId is not null && _here.ContainsKey(attendeeId));

    private void SchedulePush() =>
        _pushTimer ??= this.RegisterGrainTimer(async _ =>
        {
            _pushTimer?.Dispose();
            _pushTimer = null;
            await broadcaster.PresenceChangedAsync(View(null));
        }, new GrainTimerCreationOptions(PushInterval, Timeout.InfiniteTimeSpan));

    private async Task RequireSessionAsync()
    {
        if (await GrainFactory.GetGrain<ISessionGrain>(SessionId).GetAsync() is null)
        {
            throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {SessionId}.");
        }
    }
}
