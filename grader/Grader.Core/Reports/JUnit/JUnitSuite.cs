namespace Grader.Reports;

internal enum JUnitOutcome
{
    Passed,
    Failure,
    Error,
}

/// <summary>One test case as JUnit sees it. All text is already cleaned of characters XML cannot hold.</summary>
internal sealed record JUnitCase(string Name, JUnitOutcome Outcome, string Type, string Message);

/// <summary>
/// One exercise as JUnit sees it. JUnit calls an assertion that did not hold a failure and anything that
/// stopped a test an error, so failed tests are failures and errors, timeouts and ungraded exercises are errors.
/// </summary>
internal sealed record JUnitSuite(string Name, IReadOnlyList<JUnitCase> Cases, double Seconds)
{
    public static JUnitSuite From(ExerciseResult exercise)
    {
        var cases = new List<JUnitCase>();
        if (!exercise.IsGraded())
        {
            cases.Add(new JUnitCase(exercise.FailedCheckName(), JUnitOutcome.Error, ReportNames.Of(exercise.Status), Shown(exercise.MessageOrStatus())));
        }

        foreach (var test in exercise.Tests)
        {
            var outcome = test.Status switch
            {
                TestStatus.Passed => JUnitOutcome.Passed,
                TestStatus.Failed => JUnitOutcome.Failure,
                _ => JUnitOutcome.Error,
            };
            cases.Add(new JUnitCase(VisibleText.OneLine(test.Name), outcome, ReportNames.Of(test.Status), Shown(test.MessageOrStatus())));
        }

        return new JUnitSuite(VisibleText.OneLine(exercise.Slug), cases, exercise.ExecutionTimeSeconds);
    }

    private static string Shown(string message) => VisibleText.Clean(LongText.Shorten(message));
}
