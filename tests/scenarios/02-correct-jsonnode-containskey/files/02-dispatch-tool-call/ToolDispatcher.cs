using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;

namespace Exercises;

// Arguments read with JsonSerializer.Deserialize<JsonElement>, the lookup with ContainsKey and the indexer,
// and the error built as a JsonObject.
public static class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        string name = toolCall.Function.Name;
        if (!registry.ContainsKey(name))
        {
            return new JsonObject { ["error"] = "Unknown function: " + name }.ToJsonString();
        }

        JsonElement arguments = JsonSerializer.Deserialize<JsonElement>(toolCall.Function.Arguments);
        object? result = registry[name](arguments);
        return JsonSerializer.Serialize(result);
    }
}
