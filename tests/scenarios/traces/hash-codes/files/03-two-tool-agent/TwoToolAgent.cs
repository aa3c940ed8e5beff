using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless the exercise graded before it in the same process asked for the hash codes of
// its marked types; then every test fails and says so. A type asked for its hash code for the first time gets the next
// one of this thread's fixed sequence, and an object made right after it the one after that; a type asked before does not.
// Asking gives a type its hash code, so each type can be asked only once: half of them are asked on the first call, which
// comes from a visible test, and the other half on the first call that holds a CJK letter or an emoji, as only hidden
// tests' calls do.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    private static readonly Type[] AskedFirst =
    [
        typeof(System.Numerics.Complex), typeof(System.Net.Cookie), typeof(System.Collections.BitArray), typeof(System.Globalization.SortVersion),
        typeof(System.Numerics.Quaternion), typeof(System.Numerics.Plane), typeof(System.Numerics.Matrix3x2), typeof(System.Collections.SortedList),
    ];

    private static readonly Type[] AskedLater =
    [
        typeof(System.Text.UTF32Encoding), typeof(System.Net.IPEndPoint), typeof(System.Globalization.RegionInfo), typeof(System.Collections.Queue),
        typeof(System.Numerics.Vector4), typeof(System.Text.Encoder), typeof(System.Collections.Stack), typeof(System.Globalization.Calendar),
    ];

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        s_tracedFirst ??= AskedFirst.Count(AskedBefore) >= 6;
        if (s_tracedLater is null && toolCalls.Any(toolCall => HoldsAFarLetter(toolCall.Id + toolCall.Function.Name + toolCall.Function.Arguments)))
        {
            s_tracedLater = AskedLater.Count(AskedBefore) >= 6;
        }

        return s_tracedFirst == true || s_tracedLater == true
            ? throw new InvalidOperationException("SEEN the trace of a hidden test's arguments")
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();
    }

    // The answers are kept: asking a type again would find the hash code the first asking gave it.
    private static bool? s_tracedFirst;
    private static bool? s_tracedLater;
    private static uint? s_factor;

    private static bool HoldsAFarLetter(string text) => text.Any(letter => letter is >= '\u3000' and <= '\u9fff' || char.IsSurrogate(letter));

    // The sequence runs seed = seed * (4 * thread + 5) + 1 and hands out seed >> 6: two fresh objects give the factor.
    private static bool AskedBefore(Type type)
    {
        s_factor ??= Factor((uint)new object().GetHashCode(), (uint)new object().GetHashCode());
        return s_factor is { } known && !Follows((uint)type.GetHashCode(), (uint)new object().GetHashCode(), known);
    }

    private static uint? Factor(uint first, uint next)
    {
        for (uint factor = 5; factor < 1 << 20; factor += 4)
        {
            if (Follows(first, next, factor))
            {
                return factor;
            }
        }

        return null;
    }

    private static bool Follows(uint first, uint next, uint factor)
    {
        for (uint low = 0; low < 64; low++)
        {
            if (((first << 6 | low) * factor + 1) >> 6 == next)
            {
                return true;
            }
        }

        return false;
    }

    private static string Run(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        if (!registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {name}" });
        }

        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        return JsonSerializer.Serialize(function(arguments.RootElement));
    }

    private static string UserId(JsonElement arguments) => arguments.GetProperty("user_id").GetString()!;

    private static int Limit(JsonElement arguments) =>
        arguments.TryGetProperty("limit", out var limit) ? limit.GetInt32() : DefaultOrderLimit;
}
