using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Abstractions.Profiles;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Demo;

/// <summary>Loads the WSIS Forum 2025 demo into a store that has none, so a fresh server has a forum to show.</summary>
public sealed class DemoForumLoader(IGrainFactory grainFactory, ILogger<DemoForumLoader> logger)
{
    // Enough to keep two cores busy without queueing thousands of store round-trips behind a starved thread pool.
    private const int Parallelism = 8;

    /// <summary>
    /// Generates and loads the demo unless the forum grain records that some demo version is already loaded.
    /// Safe to run again after a failure part-way: every write replaces or re-binds the same data.
    /// </summary>
    /// <returns>True when the demo was loaded now; false when the store already had it.</returns>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct)
    {
        await LoadPrizesIfEmptyAsync();
        var forum = grainFactory.GetGrain<IForumGrain>(ForumKeys.Forum);
        var loaded = await forum.GetDemoVersionAsync();
        if (loaded is not null)
        {
            logger.DemoAlreadyLoaded(loaded);
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        var demo = DemoForumGenerator.Generate();
        logger.DemoLoading(DemoForum.Version, demo.Sessions.Count, demo.People.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };

        await Parallel.ForEachAsync(demo.Sessions, options, async (session, _) =>
            await grainFactory.GetGrain<ISessionGrain>(session.Id).PublishAsync(session));

        // The demo's people go through the registration list like any other, a thousand to a write; the sessions
        // already name their moderators.
        var registry = grainFactory.GetGrain<IRegistrationGrain>(ForumKeys.Forum);
        foreach (var chunk in demo.People.Chunk(ImportLimits.ChunkSize))
        {
            await registry.RegisterManyAsync([.. chunk.Select(ToNewPerson)]);
        }
        var interests = new Random(2025);
        var profiles = demo.People.ToDictionary(p => p.Profile.Id, p => DemoInterests.For(p.Profile, interests));
        await Parallel.ForEachAsync(demo.People, options, async (person, _) =>
        {
            var self = new Caller(person.Profile.Id, person.Profile.Name, person.Profile.Roles, person.Profile.Participation);
            await grainFactory.GetGrain<IProfileGrain>(person.Profile.Id).UpdateAsync(self, profiles[person.Profile.Id]);
        });

        ct.ThrowIfCancellationRequested();
        await grainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).UpsertManyAsync(demo.Sessions);
        // Marked last: a load cut short is simply redone at the next start.
        await forum.MarkDemoLoadedAsync(DemoForum.Version);
        await forum.MarkOrganiserAsync();

        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.DemoLoaded(DemoForum.Version, demo.Sessions.Count, demo.People.Count, elapsed);
        return true;
    }

    private static NewPerson ToNewPerson(DemoPerson person)
    {
        var p = person.Profile;
        var row = new RegistrationRow(0, null, p.Name, p.Organisation, p.Title, p.Country, p.StakeholderType, p.Participation, p.Roles, [], null, p.Language);
        return new NewPerson(row, PersonSource.Demo, p.Id, person.AccessCode);
    }

    /// <summary>The WSIS Prizes categories, independent of the demo version so stores loaded before prizes get them too.</summary>
    private async Task LoadPrizesIfEmptyAsync()
    {
        var prizes = grainFactory.GetGrain<IPrizesGrain>(ForumKeys.Forum);
        if ((await prizes.GetBoardAsync()).Categories.Length == 0)
        {
            var loader = new Caller("demo-loader", "Demo loader", ForumRoles.Organiser, Participation.OnSite);
            await prizes.PublishCategoriesAsync(loader, DemoPrizes.Generate());
        }
    }
}
