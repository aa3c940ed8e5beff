namespace Grader.Benchmarks;

internal sealed record BenchmarkOptions(int Submissions, int Baseline, int Jobs, int Runs, bool Keep)
{
    public const string Usage =
        "Usage: dotnet run -c Release --project tests/Grader.Benchmarks -- [--submissions N] [--baseline N] [--jobs N] [--runs N] [--keep]\n" +
        "  --submissions N  submissions in the generated class (default 100, at least 3)\n" +
        "  --baseline N     submissions also graded with one dotnet test each (default 6; 0 skips the baseline)\n" +
        "  --jobs N         grade-all's --jobs (default: the number of cores)\n" +
        "  --runs N         times grade-all is run on the class, to see past a busy machine's neighbours (default 1)\n" +
        "  --keep           keep the workspace with the class and its reports";

    /// <summary>The options, or why they cannot be read: a mistyped option would otherwise run the whole benchmark with its defaults.</summary>
    public static BenchmarkOptions Parse(string[] args)
    {
        var numbers = new Dictionary<string, int> { ["--submissions"] = 100, ["--baseline"] = 6, ["--jobs"] = Environment.ProcessorCount, ["--runs"] = 1 };
        var minimum = new Dictionary<string, int> { ["--submissions"] = 3, ["--baseline"] = 0, ["--jobs"] = 1, ["--runs"] = 1 };
        var keep = false;
        for (var index = 0; index < args.Length; index++)
        {
            var name = args[index];
            if (name == "--keep")
            {
                keep = true;
            }
            else if (!numbers.ContainsKey(name))
            {
                throw new BenchmarkUsageException($"Unknown option '{name}'.");
            }
            else if (index + 1 >= args.Length || !int.TryParse(args[index + 1], out var value) || value < minimum[name])
            {
                throw new BenchmarkUsageException($"{name} needs a whole number of at least {minimum[name]}" +
                    (index + 1 < args.Length ? $", not '{args[index + 1]}'." : "."));
            }
            else
            {
                numbers[name] = value;
                index++;
            }
        }

        return new BenchmarkOptions(numbers["--submissions"], numbers["--baseline"], numbers["--jobs"], numbers["--runs"], keep);
    }
}

internal sealed class BenchmarkUsageException(string message) : Exception(message);
