namespace Grader.Benchmarks;

/// <summary>
/// Several runs of grade-all on the same class. On a machine shared with other jobs, the neighbours can only slow a
/// run down, never speed it up: the fastest run comes closest to what grading itself takes, and the median says what
/// to expect on such a machine.
/// </summary>
internal sealed class RunSeries
{
    private readonly IReadOnlyList<Timing> _runs;

    public RunSeries(IReadOnlyList<Timing> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        _runs = runs;
    }

    public IReadOnlyList<TimeSpan> Walls => _runs.Select(run => run.Wall).ToList();

    public TimeSpan FastestWall => _runs.Min(run => run.Wall);

    /// <summary>The middle run's wall time; with an even number of runs, halfway between the two middle ones.</summary>
    public TimeSpan MedianWall
    {
        get
        {
            var sorted = _runs.Select(run => run.Wall).Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>The processor time of the run that used the least, or null where the platform does not tell.</summary>
    public ProcessorTime? LeastProcessorTime => _runs.Select(run => run.Cpu).OfType<ProcessorTime>().MinBy(cpu => cpu.Total);
}
