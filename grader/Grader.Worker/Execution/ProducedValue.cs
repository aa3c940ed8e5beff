using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Grader.Worker.Execution;

/// <summary>Turns whatever an act returned into JSON for the grader, within a size limit and a depth limit.</summary>
internal static class ProducedValue
{
    public const int MaxCharacters = 1_000_000;

    // The value travels inside an event, one object deeper than itself, and the serializers on both ends of the pipe
    // refuse JSON nested more than 64 levels deep. A deeper value would fail to be sent and take the worker down with it.
    public const int MaxDepth = 63;

    private static readonly JsonSerializerOptions Options = new()
    {
        MaxDepth = 64,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ReadPropertiesThroughReflection } },
    };

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

        var written = node?.ToJsonString();
        if (written is not null && Depth(written) > MaxDepth)
        {
            throw new InvalidOperationException($"The value produced is nested more than the {MaxDepth} levels of objects and arrays the grader accepts.");
        }

        var size = written?.Length ?? 0;
        return size <= MaxCharacters
            ? node
            : throw new InvalidOperationException($"The value produced is {size:N0} characters of JSON, more than the {MaxCharacters:N0} the grader accepts.");
    }

    // What acts return is mostly anonymous objects, of types new to every load. The serializer's own getters are code it
    // emits and the runtime compiles fully optimized, each to be called once or twice; reflection reads them without
    // compiling anything. Exceptions pass through unwrapped, as from the emitted getters.
    private static void ReadPropertiesThroughReflection(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.Get is not null && property.AttributeProvider is PropertyInfo { GetMethod: not null } member)
            {
                property.Get = target => member.GetValue(target, BindingFlags.DoNotWrapExceptions, binder: null, index: null, culture: null);
            }
        }
    }

    // Read from the text rather than the nodes: an object with a key written twice, which the grader grades as written,
    // cannot list its properties.
    private static int Depth(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0));
        }

        return deepest;
    }
}
