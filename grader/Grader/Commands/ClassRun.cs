using System.Diagnostics;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Submissions;
using Spectre.Console;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary>Grades a class with a progress bar on stderr, then shows the gradebook on stdout.</summary>
public static class ClassRun
{
    /// <summary>
    /// Code 3 when the grader failed on a submission: it has no score to gate, so that failure is the one reported.
    /// Otherwise the <c>--fail-under</c> gate decides, when there is one.
    /// </summary>
    public static int ExitCode(IReadOnlyList<SubmissionOutcome> outcomes, double? threshold = null) =>
        outcomes.Any(outcome => outcome.Error is not null) ? ExitCodes.GraderFailure : FailUnder.ExitCode(outcomes, threshold);

    public static async Task<IReadOnlyList<SubmissionOutcome>> RunAsync(
        GradingSession session, IReadOnlyList<Submission> submissions, string outputDirectory, int jobs, bool resume,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var grader = new ClassGrader(session, outputDirectory);
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<SubmissionOutcome> outcomes;
        if (!Console.IsErrorRedirected)
        {
            outcomes = await errors.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Grading {submissions.Count} submissions", maxValue: submissions.Count);
                    return await grader.GradeAsync(submissions, jobs, resume, _ => task.Increment(1), cancellationToken);
                });
        }
        else
        {
            var done = 0;
            outcomes = await grader.GradeAsync(submissions, jobs, resume,
                outcome => Notices.Write($"[{Interlocked.Increment(ref done)}/{submissions.Count}] {Describe(outcome)}"),
                cancellationToken);
        }

        foreach (var failed in outcomes.Where(outcome => outcome.Error is not null))
        {
            Notices.Write($"Not graded: {VisibleText.OneLine(failed.Name)}: {failed.Error} Its previous result, if any, was kept; run again with --resume to retry.");
        }

        foreach (var again in outcomes.Where(outcome => outcome.GradedAgainBecause is not null))
        {
            Notices.Write($"{VisibleText.OneLine(again.Name)}: graded again: {again.GradedAgainBecause}.");
        }

        foreach (var stale in grader.ReportsOfNoSubmission(submissions))
        {
            Notices.Write($"{VisibleText.OneLine(stale)} in the output folder belongs to no submission of this class (left by an earlier run?); it is not in the gradebook.");
        }

        try
        {
            GradebookTable.Write(outcomes);
        }
        catch (UserError unwritable) when (unwritable.InnerException is { } cause)
        {
            // A full disk behind "> table.txt", say: the grading went well and its files are written; only the display failed.
            Notices.Write($"The gradebook table could not be shown on standard output ({cause.Message.TrimEnd('.')}); " +
                $"{ClassGrader.GradebookFile} and {ClassGrader.MistakesFile} hold the same.");
        }

        Notices.Write(Written(outcomes, Path.GetFullPath(outputDirectory), session.WorkersStarted, clock.Elapsed));
        return outcomes;
    }

    // With --resume, reports kept from the earlier run were not written now; saying so tells whether anything was graded.
    // The time is the class's, from the first submission to the gradebook: what an instructor waits for in CI.
    public static string Written(IReadOnlyList<SubmissionOutcome> outcomes, string outputDirectory, int workersStarted, TimeSpan took)
    {
        var graded = outcomes.Count(outcome => outcome.Report is not null && !outcome.Resumed && outcome.Error is null);
        var kept = outcomes.Count(outcome => outcome.Resumed);
        var reports = kept == 0
            ? Teaching.Count(graded, "report")
            : $"{Teaching.Count(graded, "new report")} (and kept {kept} from the earlier run)";
        var workers = graded == 0 ? ""
            : $" {workersStarted} worker {(workersStarted == 1 ? "process" : "processes")} ran the tests; " +
              $"grading took {ReportNumbers.Seconds(took.TotalSeconds)} s.";
        return $"Wrote {reports}, {ClassGrader.GradebookFile} and {ClassGrader.MistakesFile} to {outputDirectory}.{workers}";
    }

    private static string Describe(SubmissionOutcome outcome) => outcome switch
    {
        { Error: { } error } => $"{VisibleText.OneLine(outcome.Name)}: not graded ({error})",
        { Resumed: true, Report: { } kept } => $"{VisibleText.OneLine(outcome.Name)}: kept {ReportNumbers.OutOf(kept.Score, kept.MaxScore)} from before",
        { Report: { } report } => $"{VisibleText.OneLine(outcome.Name)}: {ReportNumbers.OutOf(report.Score, report.MaxScore)}",
        _ => VisibleText.OneLine(outcome.Name),
    };
}
