using System.CommandLine;
using Grader.Cli.Commands;
using Grader.Infrastructure;

var root = new RootCommand("Grades tool-calling exercises offline: compiles each submission, runs hidden suites in isolation and writes scores.")
{
    GradeCommand.Create(),
    CheckSchemaCommand.Create(),
    ExportStudentCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserError error)
{
    Console.Error.WriteLine($"Error: {error.Message}");
    return ExitCodes.UsageOrInput;
}
