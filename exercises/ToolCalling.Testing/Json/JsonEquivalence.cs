using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Compares JSON as data, not as text: key order and whitespace do not matter, and <c>1</c> equals <c>1.0</c>.
/// </summary>
public static class JsonEquivalence
{
    public static bool AreEquivalent(JsonNode? expected, JsonNode? actual) => FindDifference(expected, actual) is null;

    /// <summary>Describes the first difference with its JSON path, or returns null when the two are equivalent.</summary>
    public static string? FindDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var expectedKind = KindOf(expected);
        var actualKind = KindOf(actual);
        if (expectedKind != actualKind)
        {
            return $"at {path}: expected {Describe(expected)} but found {Describe(actual)}";
        }

        return (expected, actual) switch
        {
            (JsonObject e, JsonObject a) => CompareObjects(e, a, path),
            (JsonArray e, JsonArray a) => CompareArrays(e, a, path),
            (JsonValue e, JsonValue a) => CompareValues(e, a, path),
            _ => null,
        };
    }

    private static string? CompareObjects(JsonObject expected, JsonObject actual, string path)
    {
        foreach (var (name, expectedValue) in expected)
        {
            if (!actual.TryGetPropertyValue(name, out var actualValue))
            {
                return $"at {path}: property \"{name}\" is missing";
            }

            var difference = FindDifference(expectedValue, actualValue, JsonPath.Property(path, name));
            if (difference is not null)
            {
                return difference;
            }
        }

        var extra = actual.Select(property => property.Key).FirstOrDefault(name => !expected.ContainsKey(name));
        return extra is null ? null : $"at {path}: unexpected property \"{extra}\"";
    }

    private static string? CompareArrays(JsonArray expected, JsonArray actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"at {path}: expected {Teaching.Count(expected.Count, "item")} but found {actual.Count}";
        }

        for (var index = 0; index < expected.Count; index++)
        {
            var difference = FindDifference(expected[index], actual[index], JsonPath.Index(path, index));
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareValues(JsonValue expected, JsonValue actual, string path)
    {
        var same = expected.GetValueKind() switch
        {
            JsonValueKind.Number => NumbersEqual(expected, actual),
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            // KindOf counts true and false as one kind, so that they meet here and the message shows both values.
            _ => expected.GetValueKind() == actual.GetValueKind(),
        };
        return same ? null : $"at {path}: expected {JsonText.Show(expected)} but found {JsonText.Show(actual)}";
    }

    private static bool NumbersEqual(JsonValue expected, JsonValue actual)
    {
        var expectedText = expected.ToJsonString();
        var actualText = actual.ToJsonString();
        if (decimal.TryParse(expectedText, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actualText, NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
        {
            return e == a;
        }

        return double.Parse(expectedText, CultureInfo.InvariantCulture) == double.Parse(actualText, CultureInfo.InvariantCulture);
    }

    private static JsonValueKind KindOf(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        _ => node.GetValueKind() is JsonValueKind.False ? JsonValueKind.True : node.GetValueKind(),
    };

    private static string Describe(JsonNode? node) => node is null ? "null" : $"{node.KindName()} {JsonText.Show(node)}";
}
