using System.CommandLine;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Cli.Commands;

/// <summary><c>grade &lt;submission&gt;</c>: grades one submission and writes its report.</summary>
public static class GradeCommand
{
    // As check-schema reads - as standard input, so a script that passes --output along can still ask for the terminal.
    private const string StandardOutput = "-";

    public static Command Create()
    {
        var submission = new Argument<string>("submission") { Description = "The submission: a student-edition folder (holding exercises/) or its exercises/ folder." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => ReportFormats.Default.Format,
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output", "-o") { Description = $"Write the report to this file instead of the terminal; {StandardOutput} writes it to standard output." };
        var failUnder = FailUnder.CreateOption("Exit with code 2 when the score is below this percentage (a CI gate).");
        var grading = new GradingOptionSet();

        var command = new Command("grade", "Grade one submission with the hidden suites and write its report.") { submission, format, output, failUnder };
        grading.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var threshold = FailUnder.Read(parse, failUnder);
            var options = grading.Read(parse, RepositoryLayout.Locate(), jobs: 1);
            if (RevealHiddenWarning.For(parse.GetValue(format)!, options.RevealHiddenDetails) is { } warning)
            {
                Notices.Write(warning);
            }

            var target = Submission.Open(parse.GetValue(submission)!, notice: Notices.Write);
            var reportPath = parse.GetValue(output) is var given and not StandardOutput ? given : null;
            if (reportPath is not null)
            {
                OutputLocation.CheckFile(reportPath, "--output");
                if (target.IsInItsExercises(reportPath))
                {
                    throw new UserError($"--output {reportPath} is inside the submission's exercises/ folder: the report would go into the learner's work, " +
                        "or even replace one of their files. Write it outside exercises/.");
                }
            }

            if (!target.HasExercises)
            {
                RefuseUpload(parse.GetValue(format)!, reportPath);
                throw new UserError(NoExercisesFolder.Explain(parse.GetValue(submission)!));
            }

            using var session = await OpenForAsync(options, parse.GetValue(format)!, reportPath, cancellation);
            var report = await session.GradeAsync(target).WaitAsync(cancellation);

            ReportOutput.Write(report, ReportFormats.Find(parse.GetValue(format)!), reportPath);
            Notices.Write($"Graded {VisibleText.OneLine(report.Submission)}: {ReportNumbers.OutOf(report.Score, report.MaxScore)} in {ReportNumbers.Seconds(report.ExecutionTimeSeconds)} s (sandbox: {report.Sandbox}).");
            return FailUnder.ExitCode(report, threshold);
        });
        return command;
    }

    // Run as a Gradescope autograder, the student reads only the results file: it says what was wrong with the upload.
    private static void RefuseUpload(string format, string? reportPath) => WriteRefusal(format, reportPath,
        "Nothing was graded: the upload holds no exercises/ folder. Upload the top folder of your copy of the course " +
        "(the one that holds exercises/), or the exercises/ folder itself, with each exercise's files in its own folder.");

    // Hidden suites that do not compile are the instructor's to fix; the student should learn that it is not their upload.
    private static async Task<GradingSession> OpenForAsync(GradingOptions options, string format, string? reportPath, CancellationToken cancellation)
    {
        try
        {
            return await GradingSession.OpenAsync(options, Notices.Write, cancellation);
        }
        catch (UserError)
        {
            WriteRefusal(format, reportPath,
                "Nothing was graded: the autograder is not set up right (its hidden tests could not be loaded). This is not about " +
                "your upload; tell your instructor, who will see the reason in the autograder's log.");
            throw;
        }
    }

    private static void WriteRefusal(string format, string? reportPath, string message)
    {
        if (format == "gradescope" && reportPath is not null)
        {
            AtomicFile.Write(reportPath, report => GradescopeRefusal.Write(message, report));
        }
    }
}
