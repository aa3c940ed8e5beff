namespace Grader.Benchmarks;

internal sealed record BenchmarkOptions(int Submissions, int Baseline, int Jobs, bool Keep)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
        }

        return new BenchmarkOptions(Value("--submissions", 100), Value("--baseline", 6), Value("--jobs", Environment.ProcessorCount), args.Contains("--keep"));
    }
}
