using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Suites;
using ToolCalling.Testing;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>suites [--suite &lt;dir&gt;]</c>: compiles the hidden suites into the suite cache and lists their tests. It checks
/// suites before a class is graded, and it lets an autograder's set-up pay for compiling them once, so that every
/// student's grade starts warm.
/// </summary>
public static class SuitesCommand
{
    public static Command Create()
    {
        var suite = GradingOptionSet.SuiteOption("compile");
        var command = new Command("suites", "Compile the hidden suites into the suite cache, so that grading starts warm, and list their tests.") { suite };
        command.SetAction(parse =>
        {
            var repository = RepositoryLayout.Locate();
            var folder = parse.GetValue(suite) ?? repository.Suites;
            var clock = Stopwatch.StartNew();
            var notKept = new ConcurrentQueue<string>();
            var suites = SuiteSet.Load(repository.Exercises, folder, SuiteCache.DefaultDirectory, notKept.Enqueue);
            foreach (var compiled in suites)
            {
                Console.WriteLine($"{compiled.Exercise.Slug}: {Teaching.Count(compiled.Tests.Count, "test")}, {Points(compiled.MaxScore)}");
                foreach (var test in compiled.Tests)
                {
                    Console.WriteLine($"  {ReportNumbers.Points(test.Points),4}  {ReportNames.Words(test.Visibility),-14}  {test.Name}");
                }

                Console.WriteLine();
            }

            Console.WriteLine($"{Teaching.Count(suites.Count, "suite")}, {Teaching.Count(suites.Sum(compiled => compiled.Tests.Count), "test")}, " +
                $"{Points(suites.Sum(compiled => compiled.MaxScore))}.");
            var ready = $"Ready in {ReportNumbers.Seconds(clock.Elapsed.TotalSeconds)} s";
            Notices.Write(notKept.TryPeek(out var why)
                ? $"Warning: {ready}, but not kept: the suite cache {SuiteCache.DefaultDirectory} could not be written ({why}), so grading will compile " +
                    "the suites each time. Make that folder writable, or set XDG_CACHE_HOME to a folder you can write to."
                : $"{ready} and kept in the suite cache ({SuiteCache.DefaultDirectory}): grading with these suites starts without compiling them.");
            return ExitCodes.Completed;
        });
        return command;
    }

    // Points can be fractional, so they are written as the reports write them: "1 point", "1.5 points".
    private static string Points(double points) => $"{ReportNumbers.Points(points)} point{(points == 1 ? "" : "s")}";
}
