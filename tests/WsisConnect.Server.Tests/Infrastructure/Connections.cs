using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Client.Live;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>Waits on the state of live connections, bounded like every wait in these tests.</summary>
public static class Connections
{
    /// <summary>Waits until the server has closed <paramref name="live"/>: it is no longer connected (a reconnect, if tried, is refused).</summary>
    public static Task UntilClosedAsync(this LiveConnection live, string what) =>
        Waits.UntilAsync(() => Task.FromResult(live.Connection.State != HubConnectionState.Connected), what);
}
