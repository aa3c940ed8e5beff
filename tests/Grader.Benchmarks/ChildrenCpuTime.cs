namespace Grader.Benchmarks;

/// <summary>
/// The processor time used by this process's finished children and everything they waited for: the grader,
/// its workers and their sandboxes. Wall time on a shared machine says as much about the neighbours as about
/// the grader; processor time says what the grading itself cost.
/// </summary>
internal static class ChildrenCpuTime
{
    // /proc reports times in USER_HZ ticks, which Linux fixes at 100 a second.
    private const double TicksPerSecond = 100;

    /// <returns>The total so far, or null where /proc is not available.</returns>
    public static TimeSpan? Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // "pid (comm) state ..." with cutime and cstime as the 16th and 17th fields; comm may hold spaces.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
