using System.Text.Json.Nodes;
using Grader.Suites;
using static Suites.WeatherCalculator.Observations;

namespace Suites.WeatherCalculator;

[Graded(1, "get_weather returns the station's reading: city as the station spells it, temperature, unit and condition; celsius without a unit (What to build, 2).")]
public sealed class Get_weather_returns_the_station_reading : HiddenTest
{
    public override object? Act() => CallTool("get_weather", """{"city": "Oslo"}""");

    public override void Check(Produced produced) => RequireResult(produced, "get_weather",
        new JsonObject { ["city"] = "Oslo", ["temperature"] = -3, ["unit"] = "celsius", ["condition"] = "snow" }, "What get_weather returned for Oslo");
}

[Graded(1, "get_weather with \"unit\": \"fahrenheit\" converts the temperature and says so in unit (What to build, 2).")]
public sealed class Get_weather_in_fahrenheit_converts_the_temperature : HiddenTest
{
    public override object? Act() => CallTool("get_weather", """{"city": "Sydney", "unit": "fahrenheit"}""");

    public override void Check(Produced produced) => RequireResult(produced, "get_weather",
        new JsonObject { ["city"] = "Sydney", ["temperature"] = 78.8, ["unit"] = "fahrenheit", ["condition"] = "sunny" }, "What get_weather returned in fahrenheit");
}

[Graded(1, "get_weather returns {\"error\": \"Unknown city: <city>\"} for a city the station doesn't know, without throwing (What to build, 2).")]
public sealed class Get_weather_for_an_unknown_city_returns_an_error : HiddenTest
{
    public override object? Act() => CallTool("get_weather", """{"city": "Gotham"}""");

    public override void Check(Produced produced) => RequireResult(produced, "get_weather",
        new JsonObject { ["error"] = "Unknown city: Gotham" }, "What get_weather returned for an unknown city",
        ReturnErrorsHint);
}

[Graded(2, "calculate returns {\"expression\": ..., \"result\": ...} for expressions with + - * /, parentheses, decimals and negative numbers (What to build, 2).")]
public sealed class Calculate_returns_the_result_of_the_expression : HiddenTest
{
    public override object? Act() => Calculations("-3 - 4.5", "10 / 4", "(20 + 26 + 31) / 3", "2 * (7 - 10)");

    public override void Check(Produced produced)
    {
        var results = Texts(produced, "calculate");
        (string Expression, double Result)[] expected = [("-3 - 4.5", -7.5), ("10 / 4", 2.5), ("(20 + 26 + 31) / 3", 77.0 / 3), ("2 * (7 - 10)", -6)];
        foreach (var (result, (expression, value)) in results.Zip(expected))
        {
            RequireResult(result, new JsonObject { ["expression"] = expression, ["result"] = value }, $"What calculate returned for {expression}");
        }
    }
}

[Graded(1, "calculate returns {\"error\": \"Cannot calculate: <expression>\"} for an expression it cannot evaluate or whose result is not a finite number (What to build, 2).")]
public sealed class Calculate_answers_a_bad_expression_with_an_error : HiddenTest
{
    public override object? Act() => Calculations("7 *", "1 / 0", "seven * 6");

    public override void Check(Produced produced)
    {
        var results = Texts(produced, "calculate", ReturnErrorsHint);
        string[] expressions = ["7 *", "1 / 0", "seven * 6"];
        foreach (var (result, expression) in results.Zip(expressions))
        {
            RequireResult(result, new JsonObject { ["error"] = $"Cannot calculate: {expression}" }, $"What calculate returned for \"{expression}\"");
        }
    }
}

[Graded(2, "convert_temperature returns {\"temperature\": ..., \"unit\": <to_unit>} both ways, and the value unchanged for the same unit (What to build, 2).")]
public sealed class Convert_temperature_converts_between_the_units : HiddenTest
{
    public override object? Act() => new[]
    {
        """{"value": 100, "from_unit": "fahrenheit", "to_unit": "celsius"}""",
        """{"value": -40, "from_unit": "celsius", "to_unit": "fahrenheit"}""",
        """{"value": 21.5, "from_unit": "celsius", "to_unit": "celsius"}""",
    }.Select(arguments => CallTool("convert_temperature", arguments)).ToList();

    public override void Check(Produced produced)
    {
        var results = Texts(produced, "convert_temperature");
        RequireResult(results[0], new JsonObject { ["temperature"] = 37.78, ["unit"] = "celsius" }, "What convert_temperature returned for 100 fahrenheit to celsius");
        RequireResult(results[1], new JsonObject { ["temperature"] = -40, ["unit"] = "fahrenheit" }, "What convert_temperature returned for -40 celsius to fahrenheit");
        RequireResult(results[2], new JsonObject { ["temperature"] = 21.5, ["unit"] = "celsius" }, "What convert_temperature returned for celsius to celsius");
    }
}

[Graded(1, "convert_temperature returns {\"error\": \"Unknown unit: <unit>\"} for a unit other than celsius or fahrenheit (What to build, 2).")]
public sealed class Convert_temperature_rejects_an_unknown_unit : HiddenTest
{
    public override object? Act() => CallTool("convert_temperature", """{"value": 300, "from_unit": "kelvin", "to_unit": "celsius"}""");

    public override void Check(Produced produced) => RequireResult(produced, "convert_temperature",
        new JsonObject { ["error"] = "Unknown unit: kelvin" }, "What convert_temperature returned for an unknown unit",
        ReturnErrorsHint);
}
