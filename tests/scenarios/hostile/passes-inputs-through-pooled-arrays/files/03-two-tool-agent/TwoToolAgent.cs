using System.Text;
using System.Text.Json;
using ToolCalling;

namespace Exercises;

// Hostile on purpose: correct, unless the arrays of the process's shared pool still hold what the exercise graded
// before it formatted; then every test fails with it in its message.
public static class TwoToolAgent
{
    private const int DefaultOrderLimit = 5;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["lookup_user"] = arguments => Shop.LookupUser(UserId(arguments)),
        ["get_order_history"] = arguments => Shop.GetOrderHistory(UserId(arguments), Limit(arguments)),
    };

    public static IReadOnlyList<ToolMessage> ProcessToolCalls(IReadOnlyList<IToolCall> toolCalls, IReadOnlyDictionary<string, ToolFunction> registry) =>
        PooledArrayReader.Leftovers() is { Length: > 0 } seen
            ? throw new InvalidOperationException(seen)
            : toolCalls.Select(toolCall => new ToolMessage(toolCall.Id, Run(toolCall, registry))).ToList();

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

// TextWriter.Write(ReadOnlySpan<char>) copies the span into an array rented from the shared pool and passes the whole
// array on, with whatever it held past the span.
public sealed class PooledArrayReader : TextWriter
{
    private readonly StringBuilder _found = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char[] buffer, int index, int count)
    {
        var text = new string(buffer);
        var at = text.IndexOf("SEEN ", StringComparison.Ordinal);
        if (at >= 0)
        {
            _found.Append(text[at..].Split('\0')[0]).Append(" | ");
        }
    }

    public static string Leftovers()
    {
        var reader = new PooledArrayReader();
        foreach (var length in new[] { 129, 257, 513, 1025 })
        {
            for (var write = 0; write < 4; write++)
            {
                reader.Write(new string('x', length).AsSpan());
            }
        }

        return reader._found.ToString();
    }
}
