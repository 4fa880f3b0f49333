using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Profiles;

namespace WsisConnect.Grains.Registration;

/// <summary>
/// What a stored registration change means elsewhere: sessions' moderators (one call per session, the agenda
/// listed once), the people directory (new people in one write, changed ones re-projected by their profile grain).
/// </summary>
public sealed class RegistrationEffects(IGrainFactory grains)
{
    private const int Parallelism = 8;

    /// <summary>Applies the effects of <paramref name="plan"/>.</summary>
    public async Task ApplyAsync(RegistrationPlan plan)
    {
        var sessions = new List<SessionDetails>();
        foreach (var (sessionId, (added, removed)) in plan.Moderators)
        {
            if (await grains.GetGrain<ISessionGrain>(sessionId).SetModeratorsAsync([.. added], [.. removed]) is { } session)
            {
                sessions.Add(session);
            }
        }
        if (sessions.Count > 0)
        {
            await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).UpsertManyAsync(sessions);
        }
        var directory = grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum);
        if (plan.Listed.Count > 0)
        {
            await directory.SetManyAsync([.. plan.Listed.Select(p => ProfileProjection.ToDirectoryEntry(p, NetworkingProfile.Empty))]);
        }
        if (plan.Unlisted.Count > 0)
        {
            await directory.RemoveManyAsync([.. plan.Unlisted]);
        }
        foreach (var batch in plan.Refreshed.Chunk(Parallelism))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<IProfileGrain>(id).RefreshListingAsync()));
        }
    }
}
