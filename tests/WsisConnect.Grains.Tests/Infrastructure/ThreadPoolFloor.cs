using System.Runtime.CompilerServices;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>
/// The grain tests' process starts its thread pool as wide as the server does (Program.cs): silos, the store's
/// client and the embedded Garnet share it, and at the two-core default of 2 a burst of blocked work waits for the
/// pool to add a thread every half second. A fresh-clone CI run failed on a store read that timed out after 5 s with
/// its answer already received ("in-pipe: 4", "WORKER: Busy=10, Min=2"): the reply waited for a thread, not the store.
/// </summary>
internal static class ThreadPoolFloor
{
    [ModuleInitializer]
    internal static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
