using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>What the rule-based model reads from one tool result: a number, a unit and a condition, or an error.</summary>
internal sealed record Reading(double? Number, string? Unit, string? Condition, string? Error)
{
    public bool Failed => Number is null;

    /// <summary>The number with its unit, such as "22°C", or "22 degrees" when the result names no unit.</summary>
    public string Temperature => Unit is null ? $"{ToolArguments.Number(Number ?? 0)} degrees" : $"{ToolArguments.Number(Number ?? 0)}{Unit}";
}

/// <summary>Reads tool results the way a model would: whatever JSON the learner's function returned.</summary>
internal static partial class ToolResults
{
    private static readonly string[] NumberNames =
        ["temperature", "temp", "temperature_c", "temperature_celsius", "current_temperature", "degrees", "result", "value", "answer", "converted"];

    private static readonly string[] ConditionNames = ["condition", "conditions", "description", "weather", "summary"];

    public static Reading Read(string? content)
    {
        if (content is null || !JsonText.TryParse(content, out var node, out _))
        {
            return FromText(content ?? "");
        }

        var reading = node switch
        {
            JsonObject result when Text(result, ["error"]) is { } error => new Reading(null, null, null, error),
            JsonObject result => new Reading(NumberIn(result), Unit(Text(result, ["unit", "units", "scale"])), Text(result, ConditionNames), null),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => new Reading(value.GetValue<double>(), null, null, null),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => FromText(value.GetValue<string>()),
            _ => new Reading(null, null, null, null),
        };
        return reading is { Number: null, Error: null } ? reading with { Error = $"the result {content} holds no number" } : reading;
    }

    private static Reading FromText(string text)
    {
        var number = FirstNumber().Match(text);
        return number.Success
            ? new Reading(double.Parse(number.Value, CultureInfo.InvariantCulture), null, null, null)
            : new Reading(null, null, null, text.Length == 0 ? "the result is empty" : text);
    }

    private static double? NumberIn(JsonObject result)
    {
        foreach (var name in NumberNames)
        {
            if (result[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            {
                return value.GetValue<double>();
            }
        }

        return result.Select(property => property.Value switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
            JsonObject nested => NumberIn(nested),
            _ => null,
        }).FirstOrDefault(number => number is not null);
    }

    private static string? Text(JsonObject result, string[] names) => names
        .Select(name => result[name])
        .OfType<JsonValue>()
        .Where(value => value.GetValueKind() == JsonValueKind.String)
        .Select(value => value.GetValue<string>())
        .FirstOrDefault();

    private static string? Unit(string? written) => written?.Trim().TrimStart('°').ToLowerInvariant() switch
    {
        "c" or "celsius" or "metric" => "°C",
        "f" or "fahrenheit" or "imperial" => "°F",
        _ => null,
    };

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex FirstNumber();
}
