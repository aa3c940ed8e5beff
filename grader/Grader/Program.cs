using System.CommandLine;
using Grader.Cli.Commands;
using Grader.Infrastructure;

var root = new RootCommand("Grades tool-calling exercises offline: compiles each submission, runs hidden suites in isolation and writes scores.")
{
    DemoCommand.Create(),
    GradeCommand.Create(),
    GradeAllCommand.Create(),
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
