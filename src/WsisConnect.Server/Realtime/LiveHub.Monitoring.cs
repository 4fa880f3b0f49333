using Microsoft.AspNetCore.SignalR;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Monitoring;

namespace WsisConnect.Server.Realtime;

public sealed partial class LiveHub
{
    /// <summary>Marks a connection that watches the operations dashboard, so it is counted down once when it stops or leaves.</summary>
    internal static readonly object WatchingOperations = new();

    public async Task<ForumPulse> WatchOperations()
    {
        if (!CurrentCaller.IsOrganiser)
        {
            throw new HubException($"{ErrorCodes.Forbidden}: The operations dashboard is for organisers.");
        }
        if (Context.Items.TryAdd(WatchingOperations, true))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Operations);
            connections.Watching(1);
        }
        return await grains.GetGrain<IMonitoringGrain>(ForumKeys.Forum).GetAsync();
    }

    public async Task UnwatchOperations()
    {
        if (Context.Items.Remove(WatchingOperations))
        {
            connections.Watching(-1);
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Operations);
        }
    }
}
