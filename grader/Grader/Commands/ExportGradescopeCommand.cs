using System.CommandLine;
using Grader.Autograder;
using Grader.Infrastructure;

namespace Grader.Cli.Commands;

/// <summary><c>export-gradescope &lt;autograder.zip&gt;</c>: writes the zip to upload to Gradescope as an assignment's autograder.</summary>
public static class ExportGradescopeCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("zip") { Description = "The zip file to write, such as autograder.zip; a .zip already there is replaced." };
        var command = new Command("export-gradescope", "Write the zip to upload to Gradescope as the autograder: setup.sh, run_autograder, the grader and the hidden suites.")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var package = new GradescopeAutograderExporter(RepositoryLayout.Locate()).Export(parse.GetValue(output)!);
            Console.WriteLine($"Wrote the Gradescope autograder to {package.Path}: {package.Files} files, {package.Bytes / 1024.0:0} KB.");
            Console.WriteLine("Upload it as the assignment's autograder with Gradescope's Ubuntu base image. Its setup.sh installs .NET 10 " +
                "and bubblewrap, builds the grader and compiles the hidden suites once; run_autograder then grades each upload " +
                "into results/results.json.");
            return ExitCodes.Completed;
        });
        return command;
    }
}
