namespace Grader.Reports;

/// <summary>The sentences every format uses when the report itself has nothing more specific to say.</summary>
internal static class ReportText
{
    public static bool IsGraded(this ExerciseResult exercise) => exercise.Status == ExerciseStatus.Graded;

    /// <summary>The message, or a plain description of the status when the message is empty.</summary>
    public static string MessageOrStatus(this TestResult test) => test.Message.Length > 0 ? test.Message : test.Status switch
    {
        TestStatus.Passed => "Passed.",
        TestStatus.Failed => "This test failed.",
        TestStatus.Error => "This test stopped with an error before it could finish.",
        _ => "This test ran out of time.",
    };

    /// <summary>The message, or a plain description of what went wrong when the message is empty.</summary>
    public static string MessageOrStatus(this ExerciseResult exercise) => exercise.Message.Length > 0 ? exercise.Message : exercise.Status switch
    {
        ExerciseStatus.Graded => "Graded.",
        ExerciseStatus.CompileError => "The exercise did not compile.",
        ExerciseStatus.Missing => "The submission has no files for this exercise.",
        ExerciseStatus.Crashed => "The exercise crashed the grader's worker before its tests could finish.",
        _ => "The exercise ran out of time before its tests could finish.",
    };

    /// <summary>
    /// The name of the check an ungraded exercise failed, written like a test name so that test reporters
    /// (JUnit, Gradescope) can list it next to the real tests.
    /// </summary>
    public static string FailedCheckName(this ExerciseResult exercise) => exercise.Status switch
    {
        ExerciseStatus.CompileError => "Exercise compiles",
        ExerciseStatus.Missing => "Exercise is submitted",
        ExerciseStatus.Crashed => "Exercise runs without crashing",
        ExerciseStatus.TimedOut => "Exercise finishes within the time limit",
        _ => "Exercise is graded",
    };
}
