using System.Reflection;
using WsisConnect.Grains.Realtime;

namespace WsisConnect.Bench.Micro.Infrastructure;

/// <summary>
/// An <see cref="ILiveBroadcaster"/> that sends nothing: the grain benchmarks measure the grains and the store,
/// not SignalR. A proxy, so it keeps compiling whatever pushes the interface gains.
/// </summary>
public class NoBroadcast : DispatchProxy
{
    public static ILiveBroadcaster Create() => Create<ILiveBroadcaster, NoBroadcast>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Task.CompletedTask;
}
