using System.Buffers;
using System.Collections;
using System.Reflection;

namespace Grader.Worker.Execution;

/// <summary>
/// The process's shared pools of bytes and characters hand out arrays as they were returned, contents and all. The
/// framework rents from them for ordinary code (an interpolated string, for one) and hands their arrays to methods that
/// code may override (a TextWriter's Write, for one), so the next exercise could read what the last one formatted: a
/// hidden test's inputs. The worker empties both pools after each exercise, through the fields the runtime's own
/// trimming empties.
/// </summary>
internal static class SharedArrayPools
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

    /// <summary>False when this runtime's pools are not built as expected; the worker is then not reused.</summary>
    public static bool Empty() => Empty(ArrayPool<byte>.Shared) & Empty(ArrayPool<char>.Shared);

    private static bool Empty<T>(ArrayPool<T> pool)
    {
        var type = pool.GetType();
        if (type.GetField("_buckets", Instance)?.GetValue(pool) is not Array perCore
            || type.GetField("_allTlsBuckets", Instance)?.GetValue(pool) is not IEnumerable perThread)
        {
            return false;
        }

        // Each slot is filled again when the pool next needs it.
        Array.Clear(perCore);
        foreach (var entry in perThread)
        {
            if (entry.GetType().GetProperty("Key")?.GetValue(entry) is Array slots)
            {
                Array.Clear(slots);
            }
        }

        return true;
    }
}
