using System.CommandLine;
using Grader.Execution;
using Grader.Grading;
using Grader.Infrastructure;

namespace Grader.Cli.Commands;

/// <summary>The options <c>grade</c> and <c>grade-all</c> share: suites, sandbox and limits.</summary>
public sealed class GradingOptionSet
{
    private static readonly GradingLimits Defaults = new();

    public Option<string?> Suite { get; } = SuiteOption("grade with");

    /// <summary><c>--suite</c>: which hidden suites a command uses, described by what it does with them.</summary>
    public static Option<string?> SuiteOption(string use) => new("--suite")
    {
        Description = $"Hidden suites to {use}: a folder of NN-slug suite folders, or one suite folder. Default: grader/suites.",
    };

    // A string, not the enum itself: the parser would show and demand the enum's capitalized names and, for a wrong
    // value, name the grader's internal type. The contract spells the modes auto, bwrap and none.
    public Option<string> Sandbox { get; } = SandboxOption();

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one test may run.",
        DefaultValueFactory = _ => Defaults.TestTimeout.TotalSeconds,
        CustomParser = NumberParser.Decimal("--timeout", "3 or 0.5"),
    };

    public Option<double> Budget { get; } = new("--budget")
    {
        Description = "Seconds all of one submission's tests may take, shared equally by its exercises.",
        DefaultValueFactory = _ => Defaults.SubmissionBudget.TotalSeconds,
        CustomParser = NumberParser.Decimal("--budget", "60"),
    };

    public Option<int> Memory { get; } = new("--memory")
    {
        Description = "Megabytes of managed memory learner code may use.",
        DefaultValueFactory = _ => (int)(Defaults.MemoryBytes / (1024 * 1024)),
        CustomParser = NumberParser.Whole("--memory", "512"),
    };

    public Option<int> OutputLimit { get; } = new("--output-limit")
    {
        Description = "Kilobytes of learner output kept per worker; the rest is dropped.",
        DefaultValueFactory = _ => Defaults.OutputBytes / 1024,
        CustomParser = NumberParser.Whole("--output-limit", "64"),
    };

    public Option<bool> RevealHidden { get; } = new("--reveal-hidden")
    {
        Description = "For instructors: include hidden tests' inputs and expected values in messages.",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Suite, Sandbox, Timeout, Budget, Memory, OutputLimit, RevealHidden })
        {
            command.Options.Add(option);
        }
    }

    public GradingOptions Read(ParseResult parse, RepositoryLayout repository, int jobs)
    {
        RequireTemporaryFolder();
        var limits = new GradingLimits
        {
            TestTimeout = Seconds(parse.GetValue(Timeout), "--timeout"),
            SubmissionBudget = Seconds(parse.GetValue(Budget), "--budget"),
            MemoryBytes = WorkerMemory(parse.GetValue(Memory)) * 1024L * 1024,
            OutputBytes = OutputKilobytes(parse.GetValue(OutputLimit)) * 1024,
        };
        return new GradingOptions(repository.Exercises, parse.GetValue(Suite) ?? repository.Suites)
        {
            Sandbox = Enum.Parse<SandboxMode>(parse.GetValue(Sandbox)!, ignoreCase: true),
            Limits = limits,
            Jobs = jobs,
            RevealHiddenDetails = parse.GetValue(RevealHidden),
        };
    }

    // Every worker gets a scratch folder there; without this check the first worker fails with the system's bare
    // "Unable to find the specified file".
    private static void RequireTemporaryFolder()
    {
        var temporary = Path.GetTempPath();
        if (!Directory.Exists(temporary))
        {
            throw new UserError($"The temporary folder {temporary} does not exist, and each worker needs a scratch folder in it. " +
                "Create it, or set TMPDIR to a folder that exists.");
        }
    }

    private static Option<string> SandboxOption()
    {
        var option = new Option<string>("--sandbox")
        {
            Description = "Isolation for learner code: auto (bwrap when available), bwrap or none.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. Enum.GetNames<SandboxMode>().Select(name => name.ToLowerInvariant())]);
        return option;
    }

    private static TimeSpan Seconds(double value, string option) =>
        value > 0 && value <= 3600 ? TimeSpan.FromSeconds(value) : throw new UserError($"{option} must be more than 0 and at most 3600 seconds, not {value}.");

    // Below this a worker cannot even start its runtime, or every test runs out of memory before learner code does much.
    private const int MinimumMemoryMegabytes = 32;

    private static int WorkerMemory(int megabytes) => megabytes >= MinimumMemoryMegabytes
        ? megabytes
        : throw new UserError($"--memory must be at least {MinimumMemoryMegabytes} (megabytes), not {megabytes}: the worker that runs learner code needs that much for itself.");

    // Each worker keeps this much of its stdout and of its stderr in memory, counted in bytes in an int.
    private const int MaximumOutputKilobytes = 1024 * 1024;

    private static int OutputKilobytes(int kilobytes) => kilobytes is > 0 and <= MaximumOutputKilobytes
        ? kilobytes
        : throw new UserError($"--output-limit must be between 1 and {MaximumOutputKilobytes} kilobytes (1 GB), not {kilobytes}.");
}
