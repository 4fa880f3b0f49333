using System.Collections.Concurrent;
using System.Diagnostics;

namespace WsisConnect.Bench.Targets;

/// <summary>
/// The server processes this tool started, killed when the tool exits however it exits (the targets stop them
/// gracefully first; this is the backstop for a crash or Ctrl+C between the two).
/// </summary>
public static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, byte> Running = new();
    private static int _hooked;

    /// <summary>Remembers <paramref name="pid"/> to kill at exit.</summary>
    public static void Track(int pid)
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        }
        Running[pid] = 0;
    }

    /// <summary>Forgets <paramref name="pid"/> once it was stopped.</summary>
    public static void Forget(int pid) => Running.TryRemove(pid, out _);

    private static void KillAll()
    {
        foreach (var pid in Running.Keys)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}
