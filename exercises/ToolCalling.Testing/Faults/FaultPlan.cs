namespace ToolCalling.Testing;

/// <summary>
/// Which calls of a mock model fail on purpose, and how. Calls are counted from 1 over the model's lifetime;
/// a fault for one call number wins over the queue of "next" faults.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _lock = new();
    private readonly Queue<Fault> _next = new();
    private readonly Dictionary<int, Fault> _byCall = [];

    /// <summary>The next <paramref name="times"/> calls suffer <paramref name="fault"/>.</summary>
    public FaultPlan Next(Fault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _next.Enqueue(fault);
            }
        }

        return this;
    }

    /// <summary>Call number <paramref name="callNumber"/> (1 is the first call) suffers <paramref name="fault"/>.</summary>
    public FaultPlan OnCall(int callNumber, Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(callNumber);
        lock (_lock)
        {
            _byCall[callNumber] = fault;
        }

        return this;
    }

    internal Fault? Take(int callNumber)
    {
        lock (_lock)
        {
            if (_byCall.Remove(callNumber, out var fault))
            {
                return fault;
            }

            return _next.TryDequeue(out var next) ? next : null;
        }
    }
}
