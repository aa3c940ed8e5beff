using System.CommandLine;
using Grader.Infrastructure;

namespace Grader.Cli.Commands;

/// <summary><c>--jobs N</c>: how many submissions are graded at once; by default one per processor core.</summary>
public static class JobsOption
{
    public static Option<int> Create() => new("--jobs", "-j")
    {
        Description = "How many submissions to grade at once (default: the number of processor cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = NumberParser.Whole("--jobs", "4"),
    };

    public static int Read(ParseResult parse, Option<int> option)
    {
        var jobs = parse.GetValue(option);
        return jobs is >= 1 and <= 64 ? jobs : throw new UserError($"--jobs must be between 1 and 64, not {jobs}.");
    }
}
