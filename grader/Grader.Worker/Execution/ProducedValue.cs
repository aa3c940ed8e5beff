using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Worker.Execution;

/// <summary>Turns whatever an act returned into JSON for the grader, within a size limit.</summary>
internal static class ProducedValue
{
    public const int MaxCharacters = 1_000_000;

    private static readonly JsonSerializerOptions Options = new() { MaxDepth = 64 };

    public static JsonNode? ToJson(object? value)
    {
        var node = value switch
        {
            null => null,
            JsonNode json => JsonNode.Parse(json.ToJsonString()),
            JsonElement element => JsonNode.Parse(element.GetRawText()),
            string text => JsonValue.Create(text),
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
        };

        var size = node?.ToJsonString().Length ?? 0;
        return size <= MaxCharacters
            ? node
            : throw new InvalidOperationException($"The value produced is {size:N0} characters of JSON, more than the {MaxCharacters:N0} the grader accepts.");
    }
}
