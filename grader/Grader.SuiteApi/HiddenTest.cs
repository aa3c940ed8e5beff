namespace Grader.Suites;

/// <summary>
/// One hidden test, in two halves that run in different processes.
/// <see cref="Act"/> runs in a sandboxed worker next to the learner's code and returns what that code produced.
/// <see cref="Check"/> runs in the grader and decides. The worker's copy of a suite has every <c>Check</c>
/// body removed, so expected values written inside <c>Check</c> never reach learner code.
/// </summary>
public abstract class HiddenTest
{
    /// <summary>Calls the learner's code and returns what it produced: any value System.Text.Json can write, or a Task of one.</summary>
    public abstract object? Act();

    /// <summary>Throws (for example a failed assertion) when <paramref name="produced"/> does not meet the requirement.</summary>
    public abstract void Check(Produced produced);
}
