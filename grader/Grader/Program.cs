using System.CommandLine;
using System.Globalization;
using Grader.Cli;
using Grader.Cli.Commands;
using Grader.Execution;
using Grader.Infrastructure;

// Every message and report is in English, and options read numbers written with a point: numbers are written the same
// way whatever the machine's language, so that a German laptop does not answer "--fail-under 100.5" with "not 100,5".
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("Grades tool-calling exercises offline: compiles each submission, runs hidden suites in isolation and writes scores.")
{
    DemoCommand.Create(),
    GradeCommand.Create(),
    GradeAllCommand.Create(),
    CheckSchemaCommand.Create(),
    SuitesCommand.Create(),
    ExportStudentCommand.Create(),
    ExportGradescopeCommand.Create(),
};

Console.SetOut(new StandardOutputWriter(Console.Out));
using var interruption = new Interruption();
try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0 || UsageErrors.MisreadOptions(parse).Count > 0)
    {
        // To stderr, so that stdout, a report's destination, stays clean.
        return UsageErrors.Write(parse, Console.Error);
    }

    interruption.Command = parse.CommandResult.Command.Name;
    var settings = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
    return await parse.InvokeAsync(settings, interruption.Token);
}
catch (UserError error)
{
    Notices.Write($"Error: {error.Message}");
    return ExitCodes.UsageOrInput;
}
catch (WorkerStartException error)
{
    Notices.Write($"Error: the grader could not run learner code, so nothing was scored: {error.Message}");
    return ExitCodes.GraderFailure;
}
catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
{
    Console.Error.WriteLine(interruption.Message);
    return Interruption.ExitCode;
}
catch (Exception error) when (Environment.GetEnvironmentVariable("GRADER_DEBUG") != "1")
{
    Notices.Write($"Error: the grader failed unexpectedly ({error.GetType().Name}: {error.Message}). " +
        "This is a bug in the grader, not in the submission; set GRADER_DEBUG=1 to see where it happened.");
    return ExitCodes.GraderFailure;
}
