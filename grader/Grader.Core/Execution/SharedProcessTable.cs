using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// One reading of /proc shared by everyone who asks within <paramref name="maxAge"/> of it. A reading costs more
/// with every process on the machine, and the memory watches of all workers, which run on one beat, need the same one.
/// </summary>
internal sealed class SharedProcessTable(TimeSpan maxAge)
{
    private readonly Lock _lock = new();
    private ProcessTable? _latest;
    private long _takenAt;

    /// <summary>The last reading while it is young enough, otherwise a new one.</summary>
    public ProcessTable Read()
    {
        lock (_lock)
        {
            if (_latest is null || Stopwatch.GetElapsedTime(_takenAt) > maxAge)
            {
                _latest = ProcessTable.Read();
                _takenAt = Stopwatch.GetTimestamp();
            }

            return _latest;
        }
    }
}
