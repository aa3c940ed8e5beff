using System.Collections.Concurrent;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// Grades a whole class, several submissions at once. Each report is written as soon as it is ready, whole
/// or not at all, so an interrupted run loses nothing; one broken submission never stops the others.
/// </summary>
public sealed class ClassGrader(GradingSession session, string outputDirectory)
{
    public const string GradebookFile = "gradebook.csv";

    public const string MistakesFile = "mistakes.csv";

    /// <summary>What a submission's name takes before ".json" in the file that records the grader's failure on it.</summary>
    public const string ErrorSuffix = ".error";

    public async Task<IReadOnlyList<SubmissionOutcome>> GradeAsync(
        IReadOnlyList<Submission> submissions, int jobs, bool resume, Action<SubmissionOutcome> onDone, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        using var exclusive = OutputFolderLock.Take(outputDirectory);
        if (exclusive.IgnoresCase && ReportFileClash.Find(submissions.Select(submission => submission.Name), ignoringCase: true) is { } clash)
        {
            throw new UserError(clash.Message);
        }

        AtomicFile.RemoveLeftovers(outputDirectory);
        var outcomes = new ConcurrentDictionary<string, SubmissionOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(submissions, parallel, async (submission, _) =>
        {
            var outcome = resume ? await ResumeAsync(submission, cancellationToken) : await GradeOneAsync(submission, cancellationToken);
            outcomes[submission.Name] = outcome;
            onDone(outcome);
        }).WaitAsync(cancellationToken); // on an interrupt, the grades under way are left unwritten rather than waited for

        var reports = submissions.Select(submission => (submission.Name, Report: ReadExisting(submission))).ToList();
        try
        {
            WriteGradebook([.. reports.Select(row => row.Report).OfType<GradingReport>()], reports.Where(row => row.Report is null).Select(row => row.Name));
        }
        catch (UserError unwritable)
        {
            // A disk that filled up during grading, say: the reports already written are the run's work, and need not be done again.
            var kept = reports.Count(row => row.Report is not null);
            throw new UserError($"{Sentence.Of(unwritable.Message)} The reports already written ({kept} of {submissions.Count}) are kept. " +
                $"Make room in {outputDirectory} (or make it writable), then run the same command with --resume: " +
                "it grades only the submissions without a report, and writes the gradebook.", unwritable);
        }

        return submissions.Select(submission => outcomes[submission.Name]).ToList();
    }

    /// <summary>Reports in the output folder that belong to no submission of this class: left by an earlier run, most likely of a submission since removed or renamed.</summary>
    public IReadOnlyList<string> ReportsOfNoSubmission(IReadOnlyList<Submission> submissions)
    {
        var expected = submissions.SelectMany(submission => new[] { ReportPath(submission), ErrorPath(submission) }).ToHashSet(StringComparer.Ordinal);
        return Directory.Exists(outputDirectory)
            ? Directory.EnumerateFiles(outputDirectory, "*.json").Where(path => !expected.Contains(path)).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public string ReportPath(Submission submission) => Path.Combine(outputDirectory, submission.Name + ".json");

    public string ErrorPath(Submission submission) => Path.Combine(outputDirectory, submission.Name + ErrorSuffix + ".json");

    // A report is kept only if these very suites could have made it: one graded before a suite was added, removed or
    // given other points would sit in the gradebook beside reports that are not comparable with it.
    private async Task<SubmissionOutcome> ResumeAsync(Submission submission, CancellationToken cancellationToken)
    {
        var path = ReportPath(submission);
        if (!File.Exists(path))
        {
            return await GradeOneAsync(submission, cancellationToken);
        }

        string because;
        if (!JsonReportReader.TryRead(File.ReadAllText(path), out var report, out var error))
        {
            because = $"its report could not be read ({error.TrimEnd('.')})";
        }
        else if (!MadeWithTheseSuites(report))
        {
            because = "its report was made with other hidden suites";
        }
        else
        {
            return new SubmissionOutcome(submission.Name, report, Resumed: true, Error: null);
        }

        return await GradeOneAsync(submission, cancellationToken) with { GradedAgainBecause = because };
    }

    private bool MadeWithTheseSuites(GradingReport report) =>
        report.Exercises.Count == session.Suites.Count
        && report.Exercises.OrderBy(exercise => exercise.Slug, StringComparer.Ordinal)
            .Zip(session.Suites.OrderBy(suite => suite.Exercise.Slug, StringComparer.Ordinal))
            .All(pair => pair.First.Slug == pair.Second.Exercise.Slug && Math.Abs(pair.First.MaxScore - pair.Second.MaxScore) < 0.005);

    private async Task<SubmissionOutcome> GradeOneAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            var report = await session.GradeAsync(submission);
            AtomicFile.Write(ReportPath(submission), output => new JsonReportWriter().Write(report, output));
            File.Delete(ErrorPath(submission));
            return new SubmissionOutcome(submission.Name, report, Resumed: false, Error: null);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: the workers are being stopped, and a grade they could not finish is nobody's failure.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // The grader's own failure, not the learner's: the submission keeps whatever result it had, the error
            // is recorded beside it, and a rerun with --resume grades it again.
            var error = Sentence.Of(exception.Message);
            try
            {
                AtomicFile.Write(ErrorPath(submission), output => output.Write(InfrastructureError.Json(submission.Name, exception)));
            }
            catch (UserError unwritable)
            {
                error += $" The error could not be recorded either: {Sentence.Of(unwritable.Message)}";
            }

            return new SubmissionOutcome(submission.Name, ReadExisting(submission), Resumed: false, Error: error);
        }
    }

    private GradingReport? ReadExisting(Submission submission)
    {
        var path = ReportPath(submission);
        return File.Exists(path) && JsonReportReader.TryRead(File.ReadAllText(path), out var report, out _) ? report : null;
    }

    private void WriteGradebook(IReadOnlyList<GradingReport> reports, IEnumerable<string> ungraded)
    {
        AtomicFile.Write(Path.Combine(outputDirectory, GradebookFile), output => GradebookCsvWriter.Write(reports, output, ungraded));
        AtomicFile.Write(Path.Combine(outputDirectory, MistakesFile), output => MistakesCsvWriter.Write(reports, output));
    }
}
