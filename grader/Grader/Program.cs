using System.CommandLine;
using Grader.Cli.Commands;
using Grader.Infrastructure;

var root = new RootCommand("Grades tool-calling exercises offline: compiles each submission, runs hidden suites in isolation and writes scores.")
{
    ExportStudentCommand.Create(),
};

try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserError error)
{
    Console.Error.WriteLine($"Error: {error.Message}");
    return ExitCodes.UsageOrInput;
}
