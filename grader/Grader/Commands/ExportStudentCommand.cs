using System.CommandLine;
using Grader.Infrastructure;
using Grader.StudentEdition;

namespace Grader.Cli.Commands;

/// <summary><c>export-student &lt;out-dir&gt;</c>: writes the edition learners receive.</summary>
public static class ExportStudentCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out-dir") { Description = "A new or empty folder to write the student edition to." };
        var command = new Command("export-student", "Write the student edition: exercises, instructions and visible tests, without solutions or hidden suites.")
        {
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(output)!));
        return command;
    }

    private static int Run(string outputDirectory)
    {
        var summary = new StudentEditionExporter(RepositoryLayout.Locate()).Export(outputDirectory);
        Console.WriteLine($"Wrote the student edition to {summary.Directory}: {summary.Exercises} exercises, {summary.Files} files.");
        Console.WriteLine($"Learners run `dotnet test` in that folder; every test fails until they implement the exercises.");
        return ExitCodes.Completed;
    }
}
