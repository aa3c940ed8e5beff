using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ToolCalling;

namespace Exercises;

public static partial class ToolDispatcher
{
    public static string DispatchToolCall(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry)
    {
        var name = toolCall.Function.Name;
        using var arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        if (!LooksLikeAName().IsMatch(name) || !registry.TryGetValue(name, out var function))
        {
            return JsonSerializer.Serialize(new UnknownFunction($"Unknown function: {name}"), DispatchJson.Default.UnknownFunction);
        }

        return JsonSerializer.Serialize(function(arguments.RootElement));
    }

    // Every registered name is a valid OpenAI function name, so anything else is unknown without a lookup.
    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex LooksLikeAName();
}

public sealed record UnknownFunction([property: JsonPropertyName("error")] string Error);

[JsonSerializable(typeof(UnknownFunction))]
internal sealed partial class DispatchJson : JsonSerializerContext;
