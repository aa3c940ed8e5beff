using System.CommandLine;
using Grader.Grading;
using Grader.Infrastructure;

namespace Grader.Cli.Commands;

/// <summary><c>grade-all &lt;folder&gt; --output &lt;dir&gt;</c>: grades every submission of a class, several at once.</summary>
public static class GradeAllCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder with one subfolder per submission." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write <submission>.json for each, gradebook.csv and mistakes.csv.", Required = true };
        var jobs = JobsOption.Create();
        var resume = new Option<bool>("--resume") { Description = "Keep existing results in the output folder and grade only the submissions that have none." };
        var failUnder = FailUnder.CreateOption("Exit with code 2 when any submission scores below this percentage (a CI gate).");
        var grading = new GradingOptionSet();

        var command = new Command("grade-all", "Grade every submission in a folder: one JSON report each and a CSV gradebook.") { folder, output, jobs, resume, failUnder };
        grading.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var threshold = FailUnder.Read(parse, failUnder);
            var parallelism = JobsOption.Read(parse, jobs);
            var options = grading.Read(parse, RepositoryLayout.Locate(), parallelism);
            OutputLocation.RequireFolderName(parse.GetValue(output)!, "--output");
            // The class before the results folder is made: a class folder that is refused leaves no empty results folder behind.
            var submissions = ClassFolder.Open(parse.GetValue(folder)!, Notices.Write, parse.GetValue(output));
            OutputLocation.CheckFolder(parse.GetValue(output)!, "--output");
            // Refused now, not after the suites are loaded and the workers started; the run takes the lock again to keep it.
            OutputFolderLock.Take(parse.GetValue(output)!).Dispose();
            using var session = await GradingSession.OpenAsync(options, Notices.Write, cancellation);
            var outcomes = await ClassRun.RunAsync(session, submissions, parse.GetValue(output)!, parallelism, parse.GetValue(resume), cancellation);
            return ClassRun.ExitCode(outcomes, threshold);
        });
        return command;
    }
}
