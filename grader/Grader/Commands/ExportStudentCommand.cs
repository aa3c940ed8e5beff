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
        var withPackages = new Option<bool>("--with-packages")
        {
            Description = "Also copy the NuGet packages the exercises use into the edition, with a nuget.config that restores from them, for machines with no network.",
        };
        var command = new Command("export-student", "Write the student edition: exercises, instructions and visible tests, without solutions or hidden suites.")
        {
            output,
            withPackages,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse.GetValue(output)!, parse.GetValue(withPackages), cancellation)));
        return command;
    }

    private static int Run(string outputDirectory, bool withPackages, CancellationToken cancellation)
    {
        var summary = new StudentEditionExporter(RepositoryLayout.Locate()).Export(outputDirectory, withPackages, cancellation);
        Console.WriteLine($"Wrote the student edition to {summary.Directory}: {summary.Exercises} exercises, {summary.Files} files.");
        if (withPackages)
        {
            Console.WriteLine($"With {summary.Packages} NuGet packages in packages/: it restores and builds with no network.");
        }
        else
        {
            Console.WriteLine("Without its NuGet packages: a learner's first `dotnet test` downloads them and needs the network. For machines without it, export with --with-packages.");
        }

        Console.WriteLine($"Learners run `dotnet test` in that folder; every test fails until they implement the exercises.");
        return ExitCodes.Completed;
    }
}
