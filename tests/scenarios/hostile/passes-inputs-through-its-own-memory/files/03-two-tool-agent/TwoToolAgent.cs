using System.Text;
using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless exercise 02, run before it in the same process, left the arguments of a hidden
// test in its memory (see its ToolDispatcher); then every test fails with them in its message. It reads them through
// /proc/self/mem, opened with File.Create, which names no file type either.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    private static readonly string Found = ReadNote();

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        Found.StartsWith("SEEN", StringComparison.Ordinal)
            ? throw new InvalidOperationException(Found)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

    private static string ReadNote()
    {
        var place = Directory.GetFiles("/proc/self/map_files").Select(Path.GetFileName)
            .Select(name => name!.Split('-')).Select(bounds => (Start: Convert.ToInt64(bounds[0], 16), End: Convert.ToInt64(bounds[1], 16)))
            .MinBy(bounds => bounds.Start).End - 64;
        var note = new byte[64];
        using Stream memory = File.Create("/proc/self/mem");
        memory.Seek(place, SeekOrigin.Begin);
        memory.ReadExactly(note);
        return Encoding.UTF8.GetString(note).TrimEnd('\0', ' ');
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
