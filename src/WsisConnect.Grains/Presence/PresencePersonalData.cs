using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Presence;

/// <summary>
/// Where a person is checked in, and where the outcome report has counted them. On deletion they are checked out
/// everywhere; the report's counts stay, naming nobody.
/// </summary>
public sealed class PresencePersonalData(IGrainFactory grains, AttendanceTallies attendance) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download)
    {
        var checkIns = new List<string>();
        foreach (var session in await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync())
        {
            if ((await grains.GetGrain<ISessionPresenceGrain>(session.Id).GetAsync(person)).CheckedIn) checkIns.Add(session.Id);
        }
        download.CheckIns = [.. checkIns];
        download.CountedIn = await attendance.ReadCountedAsync(person.AttendeeId);
    }

    public async Task EraseAsync(Caller person)
    {
        var checkIns = grains.GetGrain<ICheckInsGrain>(person.AttendeeId);
        await checkIns.CheckOutEverywhereAsync(person);
        await checkIns.ForgetAsync();
    }
}
