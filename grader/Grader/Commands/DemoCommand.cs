using System.CommandLine;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Scenarios;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>demo</c>: grades the sample class shipped in the repository (correct work, typical mistakes, hostile
/// and non-compiling code) and shows the gradebook: the whole flow in one command.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the reports (default: a new temporary folder)." };
        var jobs = JobsOption.Create();
        var grading = new GradingOptionSet();
        var command = new Command("demo", "Grade the sample class shipped with the course and print its gradebook.") { output, jobs };
        grading.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var repository = RepositoryLayout.Locate();
            var parallelism = JobsOption.Read(parse, jobs);
            var options = grading.Read(parse, repository, parallelism);
            if (parse.GetValue(output) is { } chosen)
            {
                OutputLocation.CheckFolder(chosen, "--output");
            }

            var scenarios = Scenario.LoadAll(repository.Scenarios).Where(scenario => scenario.Demo).ToList();
            var classFolder = Directory.CreateTempSubdirectory("grader-demo-class-").FullName;
            var reports = parse.GetValue(output) ?? Path.Combine(classFolder, "results");
            Console.WriteLine($"The demo class: {scenarios.Count} submissions.");
            var nameWidth = scenarios.Max(scenario => (int?)scenario.Name.Length) ?? 0;
            foreach (var scenario in scenarios)
            {
                scenario.Assemble(repository, Path.Combine(classFolder, "submissions"));
                Console.WriteLine($"  {scenario.Name.PadRight(nameWidth)}  {scenario.Description}");
            }

            Console.WriteLine();
            var submissions = ClassFolder.Open(Path.Combine(classFolder, "submissions"), Console.Error.WriteLine);
            using var session = await GradingSession.OpenAsync(options, Console.Error.WriteLine, cancellation);
            var outcomes = await ClassRun.RunAsync(session, submissions, reports, parallelism, resume: false, cancellation);
            Console.WriteLine();
            Console.WriteLine($"The submissions are in {Path.Combine(classFolder, "submissions")}; grade one on its own with, for example:");
            Console.WriteLine($"  {GradeCommand(Directory.GetCurrentDirectory(), repository, Path.Combine(classFolder, "submissions", scenarios.FirstOrDefault()?.Name ?? ""))}");
            return ClassRun.ExitCode(outcomes);
        });
        return command;
    }

    /// <summary>The command that grades <paramref name="submission"/>, with the grader's project as seen from <paramref name="workingDirectory"/>.</summary>
    public static string GradeCommand(string workingDirectory, RepositoryLayout repository, string submission) =>
        $"dotnet run --project {Path.GetRelativePath(workingDirectory, Path.Combine(repository.Root, "grader", "Grader"))} -- grade {submission}";
}
