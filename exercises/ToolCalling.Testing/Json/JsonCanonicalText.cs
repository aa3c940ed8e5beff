using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// One text for each piece of JSON data: two values get the same text exactly when they are the same data, whatever
/// their property order and however their numbers are written (<c>1</c>, <c>1.0</c> and <c>10e-1</c> are one number).
/// With it, a long list is searched for repeats in one pass instead of comparing every pair.
/// </summary>
internal static class JsonCanonicalText
{
    private const int MaxExponentDigits = 18;

    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString();
    }

    private static void Append(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject properties:
                text.Append('{');
                foreach (var (name, value) in properties.OrderBy(property => property.Key, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(name)).Append(':');
                    Append(value, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonArray items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                AppendNumber(value.ToJsonString(), text);
                break;
            case JsonValue value when value.TryGetValue<string>(out var characters):
                text.Append(JsonSerializer.Serialize(characters));
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }

    // A JSON number as its significant digits and a power of ten: 1.50 and 15e-1 both become 15e-1.
    private static void AppendNumber(string number, StringBuilder text)
    {
        var exponentAt = number.IndexOfAny(['e', 'E']);
        if (exponentAt >= 0 && number.Length - exponentAt > MaxExponentDigits)
        {
            // No real value has such a power of ten, and reading a number of a million digits takes seconds: kept as written.
            text.Append(number);
            return;
        }

        var exponent = exponentAt < 0 ? BigInteger.Zero : BigInteger.Parse(number.AsSpan(exponentAt + 1), provider: System.Globalization.CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? number : number[..exponentAt];
        var negative = mantissa.StartsWith('-');
        var point = mantissa.IndexOf('.');
        var digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
        }

        var significant = digits.TrimStart('0');
        var trimmed = significant.TrimEnd('0');
        if (trimmed.Length == 0)
        {
            text.Append('0');
            return;
        }

        exponent += significant.Length - trimmed.Length;
        text.Append(negative ? "-" : "").Append(trimmed).Append('e').Append(exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
