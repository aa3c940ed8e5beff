using System.Diagnostics;
using Grader.Benchmarks;
using Grader.Infrastructure;

// dotnet run -c Release --project tests/Grader.Benchmarks -- [--submissions 100] [--baseline 6] [--jobs N] [--runs 1] [--keep]
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (BenchmarkUsageException problem)
{
    Console.Error.WriteLine($"{problem.Message}\n{BenchmarkOptions.Usage}");
    return 1;
}

var repository = RepositoryLayout.Locate();
var workspace = Directory.CreateTempSubdirectory("grader-benchmark-").FullName;
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}. Workspace: {workspace}");

var generated = ClassGenerator.Generate(repository, Path.Combine(workspace, "class"), options.Submissions);
Console.WriteLine($"Generated {generated.Count} submissions: {string.Join(", ", generated.GroupBy(item => item.Kind).Select(group => $"{group.Count()} {group.Key}"))}.");

var cli = new GraderProcess();
var cold = new List<Timing>();
var results = Path.Combine(workspace, "results");
var batches = new List<Timing>();
var gradebookDifference = (string?)null;
try
{
    for (var run = 0; run < 3; run++)
    {
        cold.Add(cli.Time("grade", generated[run].Path, "--format", "json", "--output", Path.Combine(workspace, $"cold-{run}.json")));
    }

    var jobs = options.Jobs.ToString(System.Globalization.CultureInfo.InvariantCulture);
    for (var run = 1; run <= options.Runs; run++)
    {
        var output = run == 1 ? results : $"{results}-{run}";
        batches.Add(cli.Time("grade-all", Path.Combine(workspace, "class"), "--output", output, "--jobs", jobs));
        if (run > 1 && GradebookComparison.FirstDifference(Path.Combine(results, "gradebook.csv"), Path.Combine(output, "gradebook.csv")) is { } difference)
        {
            gradebookDifference ??= $"NO: run {run}, {difference}";
        }
    }
}
catch (StepFailedException failure)
{
    // Nothing to time: the class and what the grader wrote stay for a look at what went wrong.
    return Stopped("The benchmark", failure.Message);
}

var series = new RunSeries(batches);
var figures = new List<(string, string)>
{
    ("one submission graded cold (3 runs)", string.Join(" / ", cold.Select(timing => Seconds(timing.Wall)))),
};
if (options.Runs == 1)
{
    figures.Add(($"grade-all, {generated.Count} submissions, --jobs {options.Jobs}",
        $"{Seconds(series.FastestWall)} ({Seconds(series.FastestWall / generated.Count)} per submission)"));
}
else
{
    figures.Add(($"grade-all, {generated.Count} submissions, --jobs {options.Jobs}, {options.Runs} runs", string.Join(" / ", series.Walls.Select(Seconds))));
    figures.Add(("  fastest run", $"{Seconds(series.FastestWall)} ({Seconds(series.FastestWall / generated.Count)} per submission)"));
    figures.Add(("  median run", Seconds(series.MedianWall)));
    figures.Add(("  gradebook the same in every run", gradebookDifference ?? "yes"));
}

if (series.LeastProcessorTime is { } cpu)
{
    figures.Add((options.Runs == 1 ? "grade-all processor time, grader and workers together" : "grade-all processor time, least of the runs",
        $"{Seconds(cpu.Total)} ({Seconds(cpu.Total / Environment.ProcessorCount)} of wall time on {Environment.ProcessorCount} idle cores at best)"));
    figures.Add(("  of which the grader (compiling, checking, reporting)", Seconds(cpu.Root)));
    figures.Add(("  of which the workers and their sandboxes (running tests)", Seconds(cpu.Descendants)));
}

var baselineFailure = (string?)null;
if (options.Baseline > 0)
{
    var baseline = new BaselineRunner(repository, Path.Combine(workspace, "baseline"));
    var sample = generated.GroupBy(item => item.Kind).SelectMany(group => group.Take(Math.Max(1, options.Baseline / 3))).Take(options.Baseline).ToList();
    var timings = new List<TimeSpan>();
    var agreements = 0;
    try
    {
        foreach (var submission in sample)
        {
            var clock = Stopwatch.StartNew();
            var scores = await baseline.GradeAsync(submission);
            timings.Add(clock.Elapsed);
            var same = ScoreComparison.Same(scores, Path.Combine(results, submission.Name + ".json"), out var difference);
            agreements += same ? 1 : 0;
            Console.WriteLine($"  baseline {submission.Name} ({submission.Kind}): {Seconds(clock.Elapsed)}, scores {(same ? "match grade-all" : "DIFFER: " + difference)}");
        }

        var mean = TimeSpan.FromTicks((long)timings.Average(time => time.Ticks));
        figures.Add(($"dotnet test with the hidden tests, per submission ({sample.Count} sampled)", Seconds(mean)));
        figures.Add(($"dotnet test, {generated.Count} submissions (extrapolated)", Seconds(mean * generated.Count)));
        figures.Add(("speed-up of grade-all (median run)", $"{mean * generated.Count / series.MedianWall:0.0}x"));
        figures.Add(("scores equal to the baseline", $"{agreements} of {sample.Count} sampled submissions"));
    }
    catch (StepFailedException failure)
    {
        // grade-all's figures stand on their own; only the comparison is missing.
        baselineFailure = failure.Message;
        figures.Add(("dotnet test with the hidden tests", "stopped (see below)"));
    }
}

Console.WriteLine();
foreach (var (what, value) in figures)
{
    Console.WriteLine($"  {what,-62} {value}");
}

if (baselineFailure is not null)
{
    Console.Error.WriteLine();
    return Stopped("The baseline", baselineFailure);
}

if (!options.Keep)
{
    Directory.Delete(workspace, recursive: true);
}

return 0;

static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.00} s";

int Stopped(string what, string why)
{
    Console.Error.WriteLine($"{what} stopped: {why}\nThe class and its reports are kept in {workspace}.");
    return 1;
}
