using System.Runtime.InteropServices;

namespace Grader.Worker.Execution;

/// <summary>
/// Makes the worker, on Linux, the subreaper of every process learner code starts. A process that detaches itself
/// (it forks, and its parent exits) is then handed to the worker instead of to init, so it stays in the worker's
/// process tree, which the grader kills as a whole. In the sandbox, the PID namespace already does this.
/// </summary>
internal static partial class Subreaper
{
    private const int SetChildSubreaper = 36; // PR_SET_CHILD_SUBREAPER

    public static void Become()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // On failure only detached processes can escape; the grader still kills the rest of the tree.
        try
        {
            if (prctl(SetChildSubreaper, 1, 0, 0, 0) != 0)
            {
                Console.Error.WriteLine($"The worker could not become a subreaper (error {Marshal.GetLastPInvokeError()}).");
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            Console.Error.WriteLine($"The worker could not become a subreaper ({exception.Message}).");
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for one call
    [DllImport("libc", SetLastError = true)]
    private static extern int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
#pragma warning restore SYSLIB1054
}
