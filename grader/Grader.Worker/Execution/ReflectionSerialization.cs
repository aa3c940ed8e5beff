using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Worker.Execution;

/// <summary>
/// Makes System.Text.Json read and write members through reflection instead of through code it emits.
/// The emitted accessors pay off in a long-lived process, but a worker clears the serializer's caches after every
/// exercise and most types it sees are learner types that are unloaded with their exercise. Every accessor would
/// be emitted and JIT-compiled again for a handful of calls; over a class that was about a tenth of a worker's time.
/// The library makes the same choice itself where dynamic code is not supported.
/// </summary>
internal static class ReflectionSerialization
{
    /// <returns>False when this runtime's System.Text.Json no longer has the switch point; the emitted accessors then stay.</returns>
    public static bool Enable()
    {
        var resolver = typeof(DefaultJsonTypeInfoResolver);
        var accessorField = resolver.GetField("s_memberAccessor", BindingFlags.NonPublic | BindingFlags.Static);
        var reflectionAccessor = resolver.Assembly.GetType("System.Text.Json.Serialization.Metadata.ReflectionMemberAccessor");
        if (accessorField is null || reflectionAccessor is null || !accessorField.FieldType.IsAssignableFrom(reflectionAccessor))
        {
            return false;
        }

        accessorField.SetValue(null, Activator.CreateInstance(reflectionAccessor, nonPublic: true));
        return true;
    }
}
