using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Rewrites an arguments object so that each value has a type its schema does not allow.</summary>
internal static class WrongTypes
{
    public static string For(string argumentsJson, JsonNode? schema)
    {
        if (JsonNode.Parse(argumentsJson) is not JsonObject arguments || arguments.Count == 0)
        {
            throw new InvalidOperationException(
                $"The WrongArgumentTypes fault needs a tool call with at least one argument, but the arguments are {argumentsJson}.");
        }

        var properties = schema?["properties"] as JsonObject;
        foreach (var name in arguments.Select(property => property.Key).ToList())
        {
            var declaredType = properties?[name]?["type"];
            arguments[name] = WrongValue(DeclaredTypes(declaredType), arguments[name]);
        }

        return WireJson.WriteNode(arguments);
    }

    private static IReadOnlyList<string> DeclaredTypes(JsonNode? type) => type switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        JsonArray array => [.. array.OfType<JsonValue>().Select(item => item.ToString())],
        _ => [],
    };

    // The mistakes a model really makes: quoting a number ("30"), or a number where text belongs.
    private static JsonNode WrongValue(IReadOnlyList<string> declared, JsonNode? current)
    {
        if (current?.GetValueKind() == JsonValueKind.String || declared.Contains("string"))
        {
            var text = current?.GetValueKind() == JsonValueKind.String ? current.GetValue<string>() : "";
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(42);
        }

        return JsonValue.Create(current?.ToJsonString() ?? "null");
    }
}
