namespace Grader.Execution;

/// <summary>Turns how a worker died into a sentence a learner understands.</summary>
public static class CrashReason
{
    public static string Describe(int exitCode, string stderr, string? fatal)
    {
        if (stderr.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            return "stack overflow: the code recursed too deeply (a method that calls itself without stopping?)";
        }

        if (stderr.Contains("Process terminated.", StringComparison.Ordinal))
        {
            return "the process was terminated by Environment.FailFast";
        }

        if (stderr.Contains("Out of memory.", StringComparison.Ordinal) || stderr.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            return "the process ran out of memory";
        }

        if (fatal is not null)
        {
            return fatal;
        }

        return exitCode switch
        {
            > 128 and < 160 => $"the process was killed by signal {exitCode - 128} ({SignalName(exitCode - 128)})",
            < 0 => $"the process was killed by signal {-exitCode}",
            _ => $"the process exited with code {exitCode} during the test (did the code call Environment.Exit?)",
        };
    }

    private static string SignalName(int signal) => signal switch
    {
        6 => "SIGABRT, an abort",
        9 => "SIGKILL",
        11 => "SIGSEGV, an invalid memory access",
        15 => "SIGTERM",
        _ => "a signal",
    };
}
