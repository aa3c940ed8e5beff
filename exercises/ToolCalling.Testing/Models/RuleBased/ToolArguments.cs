using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Fills the arguments of the course's three tools against the schema the request declares, so that a learner's
/// "location" works as well as "city". Each role has a few usual property names; the first one the schema has wins.
/// </summary>
internal static class ToolArguments
{
    private static readonly string[] CityNames = ["city", "location", "city_name", "place"];
    private static readonly string[] ExpressionNames = ["expression", "expr", "formula", "calculation"];
    private static readonly string[] ValueNames = ["value", "temperature", "degrees", "amount", "temp"];
    private static readonly string[] FromNames = ["from_unit", "from", "source_unit", "unit_from", "from_scale"];
    private static readonly string[] ToNames = ["to_unit", "to", "target_unit", "unit_to", "to_scale"];

    public static string Weather(ToolDefinition tool, string city) =>
        Write(new JsonObject { [Pick(tool, CityNames, "string")] = city });

    public static string Calculation(ToolDefinition tool, string expression) =>
        Write(new JsonObject { [Pick(tool, ExpressionNames, "string")] = expression });

    public static string Conversion(ToolDefinition tool, double value, string fromUnit, string toUnit)
    {
        var fromName = Pick(tool, FromNames, "string");
        var toName = Pick(tool, ToNames, "string", exclude: fromName);
        return Write(new JsonObject
        {
            [Pick(tool, ValueNames, "number")] = value,
            [fromName] = UnitValue(Property(tool, fromName), fromUnit),
            [toName] = UnitValue(Property(tool, toName), toUnit),
        });
    }

    /// <summary>The city a get_weather call asked for, read back from its arguments.</summary>
    public static string? CityOf(ToolDefinition tool, JsonObject? arguments) =>
        arguments?[Pick(tool, CityNames, "string")] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    private static string Pick(ToolDefinition tool, string[] usualNames, string type, string? exclude = null)
    {
        var properties = tool.Function.Parameters?["properties"] as JsonObject;
        if (properties is null)
        {
            return usualNames[0];
        }

        var required = (tool.Function.Parameters?["required"] as JsonArray)?.Select(item => item?.ToString()).ToHashSet() ?? [];
        var candidates = properties.Select(property => property.Key).Where(name => name != exclude).ToList();
        return candidates.FirstOrDefault(name => usualNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(name => required.Contains(name) && HasType(properties[name], type))
            ?? usualNames[0];
    }

    private static bool HasType(JsonNode? schema, string type) => schema?["type"] switch
    {
        JsonValue value => value.ToString() == type || (type == "number" && value.ToString() == "integer"),
        JsonArray array => array.Any(item => item?.ToString() == type),
        _ => false,
    };

    private static JsonNode? Property(ToolDefinition tool, string name) => tool.Function.Parameters?["properties"]?[name];

    // A schema may spell units its own way ("Celsius", "C"); use its spelling when it lists them.
    private static string UnitValue(JsonNode? schema, string unit) =>
        (schema?["enum"] as JsonArray)?.Select(item => item?.ToString() ?? "").FirstOrDefault(option =>
            option.Equals(unit, StringComparison.OrdinalIgnoreCase)
            || (option.Length > 0 && char.ToLowerInvariant(option.TrimStart('°')[0]) == unit[0])) ?? unit;

    private static string Write(JsonObject arguments) => WireJson.WriteNode(arguments);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
