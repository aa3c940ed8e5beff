using Grader.Worker.Protocol;

namespace Grader.Execution;

/// <summary>Turns how a worker died into a sentence a learner understands.</summary>
internal static class CrashReason
{
    public static Reason Describe(int exitCode, string stderr, string? fatal)
    {
        if (stderr.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            return Reason.Fixed("stack overflow: the code recursed too deeply (a method that calls itself without stopping?)");
        }

        if (stderr.Contains("Process terminated.", StringComparison.Ordinal))
        {
            return Reason.Fixed("the process was terminated by Environment.FailFast");
        }

        if (stderr.Contains("Out of memory.", StringComparison.Ordinal) || stderr.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            return Reason.Fixed("the process ran out of memory");
        }

        if (fatal is not null)
        {
            return new Reason(fatal, WorkerEvent.EscapedException);
        }

        return exitCode switch
        {
            > 128 and < 160 => new Reason($"the process was killed by signal {exitCode - 128} ({SignalName(exitCode - 128)})", "the process was killed by a signal"),
            < 0 => new Reason($"the process was killed by signal {-exitCode}", "the process was killed by a signal"),
            _ => new Reason($"the process exited with code {exitCode} during the test (did the code call Environment.Exit?)",
                "the process exited during the test (did the code call Environment.Exit?)"),
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
