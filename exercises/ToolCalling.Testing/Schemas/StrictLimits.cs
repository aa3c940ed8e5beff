using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Totals over a whole strict schema, checked against the size limits of OpenAI Structured Outputs.
/// </summary>
internal sealed class StrictLimits
{
    public const int MaxObjectDepth = 10;
    private const int MaxProperties = 5000;
    private const int MaxEnumValues = 1000;
    private const int MaxTotalStringLength = 120_000;
    private const int LargeEnumCount = 250;
    private const int MaxLargeEnumStringLength = 15_000;

    private int _properties;
    private int _enumValues;
    private long _stringLength;

    public void CountObject(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            _properties += properties.Count;
            _stringLength += properties.Sum(property => (long)property.Key.Length);
        }

        foreach (var keyword in new[] { "$defs", "definitions" })
        {
            if (schema[keyword] is JsonObject definitions)
            {
                _stringLength += definitions.Sum(definition => (long)definition.Key.Length);
            }
        }
    }

    /// <summary>Counts the const value of any schema, an object's or, far more often, a string property's.</summary>
    public void CountConst(JsonObject schema) => _stringLength += JsonKinds.AsString(schema["const"])?.Length ?? 0;

    /// <summary>Counts an enum and returns a problem when this one enum alone is too large.</summary>
    public string? CountEnum(JsonArray values)
    {
        _enumValues += values.Count;
        var texts = values.Select(JsonKinds.AsString).OfType<string>().ToList();
        var length = texts.Sum(text => (long)text.Length);
        _stringLength += length;
        return texts.Count > LargeEnumCount && length > MaxLargeEnumStringLength
            ? $"this enum has {texts.Count} string values totalling {length} characters; above {LargeEnumCount} values, " +
              $"Structured Outputs allows at most {MaxLargeEnumStringLength} characters in one enum"
            : null;
    }

    public IEnumerable<string> Exceeded()
    {
        if (_properties > MaxProperties)
        {
            yield return $"the schema has {_properties} object properties in all; Structured Outputs allows at most {MaxProperties}";
        }

        if (_enumValues > MaxEnumValues)
        {
            yield return $"the schema has {_enumValues} enum values in all; Structured Outputs allows at most {MaxEnumValues}";
        }

        if (_stringLength > MaxTotalStringLength)
        {
            yield return $"property names, definition names, enum and const values add up to {_stringLength} characters; " +
                $"Structured Outputs allows at most {MaxTotalStringLength}";
        }
    }
}
