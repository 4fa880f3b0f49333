using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Grains.Abstractions.Agenda;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    public async Task<long> WatchAgenda()
    {
        // Joined before the version is read: a change in between arrives as a push with a later version.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Agenda);
        return await grains.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetVersionAsync();
    }

    public Task UnwatchAgenda() => Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Agenda);
}
