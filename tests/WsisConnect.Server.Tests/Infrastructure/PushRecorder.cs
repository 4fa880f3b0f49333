using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Realtime;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>
/// Records every push a connection receives, for every method of <see cref="ILiveClient"/> (found by reflection,
/// so a push added later is recorded too), as the JSON of its arguments.
/// </summary>
public sealed class PushRecorder
{
    private readonly ConcurrentQueue<(string Method, string Json)> _pushes = new();

    public PushRecorder(LiveConnection live)
    {
        foreach (var method in typeof(ILiveClient).GetMethods())
        {
            var name = method.Name;
            live.Connection.On(name, [.. method.GetParameters().Select(p => p.ParameterType)], (arguments, _) =>
            {
                _pushes.Enqueue((name, JsonSerializer.Serialize(arguments)));
                return Task.CompletedTask;
            }, this);
        }
    }

    /// <summary>What arrived so far, in order.</summary>
    public IReadOnlyList<(string Method, string Json)> Pushes => [.. _pushes];
}
