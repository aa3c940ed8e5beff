using System.Reflection;
using System.Text.Json;

namespace Grader.Worker.Execution;

/// <summary>
/// System.Text.Json remembers the metadata of every type it has written, in every options instance, the
/// shared default included. Once learner code has serialized its own records, that memory keeps the learner's
/// load context alive. The library clears these caches itself when hot reload changes code; the worker asks
/// for the same clearing after each exercise, so the exercise can be unloaded and the worker reused.
/// </summary>
internal static class SerializerCaches
{
    private static readonly MethodInfo? ClearAll = typeof(JsonSerializerOptions).Assembly
        .GetType("System.Text.Json.JsonSerializerOptionsUpdateHandler")
        ?.GetMethod("ClearCache", BindingFlags.Public | BindingFlags.Static, [typeof(Type[])]);

    /// <summary>False when this runtime's System.Text.Json has no such handler; the worker is then not reused.</summary>
    public static bool Clear()
    {
        if (ClearAll is null)
        {
            return false;
        }

        ClearAll.Invoke(null, [null]);
        return true;
    }
}
