using System.Data;
using System.Globalization;
using System.Text.Json;

namespace ToolCalling.Testing.Tests.Support;

/// <summary>Fake implementations of the course's tools, and a dispatcher that answers every call with JSON.</summary>
internal static class CourseFunctions
{
    private static readonly Dictionary<string, (int Temperature, string Condition)> Weather = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tokyo"] = (22, "sunny"),
        ["London"] = (15, "cloudy"),
        ["New York"] = (18, "windy"),
        ["Paris"] = (20, "clear"),
    };

    public static readonly Dictionary<string, ToolFunction> Registry = new()
    {
        ["get_weather"] = GetWeather,
        ["calculate"] = Calculate,
        ["convert_temperature"] = ConvertTemperature,
    };

    public static string Dispatch(IToolCall call)
    {
        if (!Registry.TryGetValue(call.Function.Name, out var function))
        {
            return JsonSerializer.Serialize(new { error = $"Unknown function: {call.Function.Name}" });
        }

        try
        {
            using var arguments = JsonDocument.Parse(call.Function.Arguments);
            return JsonSerializer.Serialize(function(arguments.RootElement));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return JsonSerializer.Serialize(new { error = exception.Message });
        }
    }

    private static object GetWeather(JsonElement arguments)
    {
        var city = (arguments.TryGetProperty("city", out var named) ? named : arguments.GetProperty("location")).GetString()!;
        return Weather.TryGetValue(city, out var weather)
            ? new { city, temperature = weather.Temperature, unit = "celsius", condition = weather.Condition }
            : new { error = $"Unknown city: {city}" };
    }

    private static object Calculate(JsonElement arguments)
    {
        var expression = arguments.GetProperty("expression").GetString()!;
        var result = Convert.ToDouble(new DataTable().Compute(expression, null), CultureInfo.InvariantCulture);
        return new { expression, result = Math.Round(result, 4) };
    }

    private static object ConvertTemperature(JsonElement arguments)
    {
        var value = arguments.GetProperty("value").GetDouble();
        var converted = arguments.GetProperty("from_unit").GetString() == "celsius" ? (value * 9 / 5) + 32 : (value - 32) * 5 / 9;
        return new { value = converted, unit = arguments.GetProperty("to_unit").GetString() };
    }
}
