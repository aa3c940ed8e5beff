using System.Text.Encodings.Web;
using System.Text.Json;
using ToolCalling;

namespace Exercises;

// TryGetValue, and serializer options that keep non-ASCII text readable and indent the output:
// still JSON, so still the same answer.
public static class ToolDispatcher
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        if (registry.TryGetValue(toolCall.Function.Name, out var function))
        {
            using (var document = JsonDocument.Parse(toolCall.Function.Arguments))
            {
                return JsonSerializer.Serialize(function(document.RootElement), Readable);
            }
        }

        var error = new Dictionary<string, string> { ["error"] = $"Unknown function: {toolCall.Function.Name}" };
        return JsonSerializer.Serialize(error, Readable);
    }
}
