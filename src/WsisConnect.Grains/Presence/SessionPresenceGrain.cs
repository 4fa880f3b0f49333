using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Realtime;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains.Presence;

/// <summary>
/// Who is in a session: one hash field per person checked in, counts kept in memory, and a push of the new
/// picture at most once a second however many people walk in. A person is named in the list only if they chose to
/// be visible at check-in and are listed in the directory; leaving the directory later hides them here too.
/// </summary>
public sealed class SessionPresenceGrain(
    IConnectionMultiplexer redis,
    IOptions<StoreOptions> store,
    ILiveBroadcaster broadcaster,
    PointsFeed points,
    AttendanceTallies tallies,
    TimeProvider time) : Grain, ISessionPresenceGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, CheckedInPerson> _here = new(StringComparer.Ordinal);
    private IGrainTimer? _pushTimer;
    private long _version;

    private string SessionId => this.GetPrimaryKeyString();
    private RedisKey Key => $"{store.Value.KeyPrefix}:presence:{{{SessionId}}}";
    private IDatabase Db => redis.GetDatabase();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await Db.HashGetAllAsync(Key))
        {
            _here[entry.Name!] = CheckedInPerson.Parse(entry.Name!, entry.Value!);
        }
        _version = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        // A change the last activation stored but never pushed (its node died) reaches clients now.
        if (_here.Count > 0)
        {
            SchedulePush();
        }
    }

    public async Task<SessionPresence> CheckInAsync(Caller caller, bool visible)
    {
        var session = await RequireSessionAsync();
        var first = !_here.ContainsKey(caller.AttendeeId);
        // Indexed before the listed flag is read: a person leaving the directory meanwhile then finds this session.
        await Db.SetAddAsync(CheckInsGrain.Key(store.Value.KeyPrefix, caller.AttendeeId), SessionId);
        var listed = await GrainFactory.GetGrain<IProfileGrain>(caller.AttendeeId).IsListedAsync();
        var here = new CheckedInPerson(new PresentPerson(caller.AttendeeId, caller.Name, caller.Participation), visible, listed);
        await SaveAsync(here);
        if (first)
        {
            points.Award(caller, PointsKind.CheckedIn);
            await CountAsync(caller, session);
        }
        if (here.Shown)
        {
            await GrainFactory.GetGrain<IDirectoryGrain>(ForumKeys.Forum).NoteCheckInAsync(caller.AttendeeId, SessionId);
        }
        return View(caller.AttendeeId);
    }

    public async Task<SessionPresence> CheckOutAsync(Caller caller)
    {
        if (_here.Remove(caller.AttendeeId))
        {
            await Db.HashDeleteAsync(Key, caller.AttendeeId);
            Changed();
        }
        await Db.SetRemoveAsync(CheckInsGrain.Key(store.Value.KeyPrefix, caller.AttendeeId), SessionId);
        return View(caller.AttendeeId);
    }

    public async Task<SessionPresence> GetAsync(Caller caller)
    {
        await RequireSessionAsync();
        return View(caller.AttendeeId);
    }

    public async Task SetListedAsync(string attendeeId, bool listed)
    {
        if (_here.TryGetValue(attendeeId, out var here) && here.Listed != listed)
        {
            await SaveAsync(here with { Listed = listed });
        }
    }

    /// <summary>Counts the person for the outcome report, once per session, day, action line and SDG (the store keeps them distinct).</summary>
    private async Task CountAsync(Caller caller, SessionDetails session)
    {
        var country = (await GrainFactory.GetGrain<IAttendeeGrain>(caller.AttendeeId).GetProfileAsync())?.Country;
        await tallies.CountAsync(caller.AttendeeId, caller.Participation, string.IsNullOrWhiteSpace(country) ? "ZZ" : country, AttendanceScope.Of(session));
    }

    private async Task SaveAsync(CheckedInPerson here)
    {
        await Db.HashSetAsync(Key, here.Person.AttendeeId, here.Serialize());
        _here[here.Person.AttendeeId] = here;
        Changed();
    }

    private SessionPresence View(string? attendeeId) => new(
        SessionId,
        _here.Values.Count(p => p.Person.Participation == Participation.OnSite),
        _here.Values.Count(p => p.Person.Participation == Participation.Remote),
        [.. _here.Values.Where(p => p.Shown).Select(p => p.Person).OrderBy(p => p.Name, StringComparer.CurrentCulture)],
        attendeeId is not null && _here.ContainsKey(attendeeId),
        _version);

    /// <summary>
    /// A change gets a new version, never below the clock in microseconds, so a later activation (another node,
    /// after a restart) starts above every version pushed before; then a push follows within a second.
    /// </summary>
    private void Changed()
    {
        _version = Math.Max(_version + 1, time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        SchedulePush();
    }

    private void SchedulePush() =>
        _pushTimer ??= this.RegisterGrainTimer(async _ =>
        {
            _pushTimer?.Dispose();
            _pushTimer = null;
            await broadcaster.PresenceChangedAsync(View(null));
        }, new GrainTimerCreationOptions(PushInterval, Timeout.InfiniteTimeSpan));

    private async Task<SessionDetails> RequireSessionAsync() =>
        await GrainFactory.GetGrain<ISessionGrain>(SessionId).GetAsync()
        ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {SessionId}.");
}
