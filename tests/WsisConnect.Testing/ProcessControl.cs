using System.ComponentModel;
using System.Diagnostics;

namespace WsisConnect.Testing;

/// <summary>Signals for child processes that <see cref="Process"/> does not offer.</summary>
internal static class ProcessControl
{
    /// <summary>Sends SIGTERM, what an orchestrator sends to ask for a graceful stop; false when it could not be sent.</summary>
    /// <remarks>Process.Kill only sends SIGKILL; /bin/kill avoids a P/Invoke for the few signals needed.</remarks>
    public static bool TrySendTerminate(int pid) => TrySendSignal(pid, "TERM");

    /// <summary>Sends the signal named <paramref name="signal"/> (TERM, STOP, CONT) to <paramref name="pid"/>; false when it could not be sent.</summary>
    public static bool TrySendSignal(int pid, string signal)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString()]) { UseShellExecute = false });
            if (kill is null)
            {
                return false;
            }

            kill.WaitForExit();
            return kill.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>SIGKILLs the process and its children and waits until they are gone.</summary>
    public static void KillHard(Process? process)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>The exit code as text, or "unknown" while the process has not been reaped.</summary>
    public static string ExitCodeText(Process process)
    {
        try
        {
            return process.ExitCode.ToString();
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }
}
