using System.Globalization;

namespace Grader.Worker.Execution;

/// <summary>
/// The ambient state every test starts from. Learner code can change the culture of the thread it runs on, or set
/// async-local values, without any process-wide API; both would otherwise flow into the next test, or the next
/// learner's code in a reused worker.
/// </summary>
internal static class AmbientState
{
    private static ExecutionContext? s_initial;

    /// <summary>Remembers the worker's own state, before any learner code has run.</summary>
    public static void Capture() => s_initial = ExecutionContext.Capture();

    public static void Restore()
    {
        if (s_initial is not null)
        {
            ExecutionContext.Restore(s_initial);
        }

        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
