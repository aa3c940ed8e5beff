using System.Text;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>One generated input: JSON text for the reader, or a node built directly for the validator.</summary>
internal sealed record FuzzInput(string Mutation, string? Text, JsonNode? Node);

/// <summary>
/// Breaks valid tool definitions in the ways real input breaks: cut short, bytes changed, values swapped
/// for other types at any depth, nesting piled up, keys repeated. Seeded, so every run is the same.
/// </summary>
internal sealed class ToolJsonMutator(int seed)
{
    private static readonly string[] Sources = [SampleTools.SearchProductsJson, SampleTools.StrictSearchProductsJson];
    private static readonly string[] Fragments =
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "//", "/*", "\\u", "\ud83d", "\0", "\n", "True", "NaN", "1e999", "-", "'", "\uFEFF", "\"$ref\": \"#/x\""];

    private readonly Random _random = new(seed);

    // Deep nesting is the slowest case to check, so it gets a smaller share of the runs.
    public FuzzInput Next() => _random.Next(20) switch
    {
        < 4 => Truncated(),
        < 8 => CharactersChanged(),
        < 11 => new FuzzInput("type swap (text)", SwapSomeValue().ToJsonString(), null),
        < 14 => new FuzzInput("type swap (node)", null, SwapSomeValue()),
        < 15 => DeepNesting(),
        < 17 => DuplicateKey(),
        _ => new FuzzInput("keyword noise (node)", null, KeywordNoise()),
    };

    private string Source() => Sources[_random.Next(Sources.Length)];

    private FuzzInput Truncated()
    {
        var text = Source();
        return new FuzzInput("truncation", text[.._random.Next(text.Length)], null);
    }

    private FuzzInput CharactersChanged()
    {
        var text = new StringBuilder(Source());
        for (var change = _random.Next(1, 6); change > 0; change--)
        {
            var at = _random.Next(text.Length);
            if (_random.Next(2) == 0)
            {
                text[at] = (char)_random.Next(0, 0xFFFF);
            }
            else
            {
                text.Insert(at, Fragments[_random.Next(Fragments.Length)]);
            }
        }

        return new FuzzInput("character flips", text.ToString(), null);
    }

    private JsonNode SwapSomeValue()
    {
        var root = JsonNode.Parse(Source())!;
        var nodes = Descendants(root).ToList();
        var target = nodes[_random.Next(nodes.Count)];
        var replacement = RandomValue(depth: 0);
        if (target.Parent is JsonObject owner)
        {
            owner[target.GetPropertyName()] = replacement;
        }
        else if (target.Parent is JsonArray list)
        {
            list[target.GetElementIndex()] = replacement;
        }
        else
        {
            return replacement ?? new JsonArray();
        }

        return root;
    }

    private FuzzInput DeepNesting()
    {
        var levels = _random.Next(1, 150);
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var deep = string.Concat(Enumerable.Repeat(open, levels)) + "1" + string.Concat(Enumerable.Repeat(close, levels));
        var text = Source().Replace("\"type\": \"string\"", $"\"type\": {deep}", StringComparison.Ordinal);
        if (_random.Next(2) == 0)
        {
            return new FuzzInput("deep nesting (text)", text, null);
        }

        // Nodes built in code can nest deeper than any reader would allow.
        JsonNode node = new JsonObject { ["type"] = "object" };
        for (var level = 0; level < levels; level++)
        {
            node = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = node }, ["anyOf"] = new JsonArray(new JsonObject()) };
        }

        var tool = JsonNode.Parse(Source())!;
        tool["function"]!["parameters"] = node;
        return new FuzzInput("deep nesting (node)", null, tool);
    }

    private FuzzInput DuplicateKey()
    {
        var text = Source();
        var keys = new[] { "\"name\":", "\"type\":", "\"query\":", "\"enum\":", "\"strict\":" };
        var key = keys[_random.Next(keys.Length)];
        var at = text.IndexOf(key, StringComparison.Ordinal);
        return at < 0 ? Truncated() : new FuzzInput("duplicate key", text.Insert(at, $"{key} 1, "), null);
    }

    private JsonNode KeywordNoise()
    {
        var tool = JsonNode.Parse(Source())!;
        var schemas = Descendants(tool["function"]!["parameters"]!).OfType<JsonObject>().ToList();
        string[] keywords = ["type", "enum", "required", "properties", "items", "$ref", "anyOf", "minimum", "maximum", "pattern", "additionalProperties", "$defs", "strict"];
        for (var change = _random.Next(1, 5); change > 0; change--)
        {
            schemas[_random.Next(schemas.Count)][keywords[_random.Next(keywords.Length)]] = RandomValue(depth: 0);
        }

        return tool;
    }

    private JsonNode? RandomValue(int depth) => _random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 5) == 0 ? 1e300 : _random.NextDouble() * 1000 - 500),
        2 => JsonValue.Create(_random.Next(-3, 70)),
        3 => JsonValue.Create(new[] { "", "object", "string", "array", "#", "#/$defs/x", "((", "a b", "\ud83d", "null" }[_random.Next(10)]),
        4 => JsonValue.Create(_random.Next(2) == 0),
        5 => JsonValue.Create(new string('x', _random.Next(0, 200))),
        6 => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, _random.Next(4))
            .Select(index => KeyValuePair.Create(new[] { "type", "properties", "items", "enum", "$ref", "x" }[_random.Next(6)] + index, RandomValue(depth + 1)))),
    };

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(property => property.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
