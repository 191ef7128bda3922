using System.ComponentModel;

namespace CargoBuild.Processes;

/// <summary>What running a program throws when it cannot start (missing, not executable, not a program).</summary>
internal static class ProcessStartFailure
{
    public static bool Is(Exception exception) => exception is Win32Exception or InvalidOperationException or IOException;
}
