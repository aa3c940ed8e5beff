using Grader.Suites;
using ToolCalling.Testing;
using static Suites.WeatherCalculator.Observations;

namespace Suites.WeatherCalculator;

[Graded(2, "Tools declares get_weather, calculate and convert_temperature as function tools, each with a description of at least four words (What to build, 1).",
    Visibility = Visibility.Visible)]
public sealed class Tools_are_the_three_course_tools_with_descriptions : HiddenTest
{
    public override object? Act() => Tools();

    public override void Check(Produced produced)
    {
        var tools = ReadTools(produced);
        var names = tools.Select(tool => tool.Name).Order(StringComparer.Ordinal).ToList();
        Lesson.Require(names.SequenceEqual(["calculate", "convert_temperature", "get_weather"]),
            "Tools must hold exactly the three tools, named as in the table: the model calls tools by these names.",
            "calculate, convert_temperature, get_weather", string.Join(", ", names));
        var wrongType = tools.Where(tool => tool.Type != "function" || tool.Parameters.StringAt("type") != "object").ToList();
        Lesson.Require(wrongType.Count == 0, "Each tool is a function tool whose parameters schema has \"type\": \"object\".",
            "type function, parameters of type object", string.Join("; ", wrongType.Select(tool => tool.Name)));
        var vague = tools.Where(tool => Teaching.Words(tool.Description).Length < 4).ToList();
        Lesson.Require(vague.Count == 0, "Each tool needs a description of at least four words.", "a sentence for every tool",
            string.Join("; ", vague.Select(tool => $"{tool.Name}: {Teaching.Quote(tool.Description)}")), CommonMistakes.VagueDescription);
    }
}

[Graded(2, "get_weather takes city (string, required) and unit (optional, an enum of celsius and fahrenheit) (What to build, 1).")]
public sealed class Get_weather_schema_accepts_and_rejects_the_right_arguments : HiddenTest
{
    public override object? Act() => Tools();

    public override void Check(Produced produced) => RequireSchema(
        RequireTool(ReadTools(produced), "get_weather"),
        accepted: ["""{"city": "Reykjavik"}""", """{"city": "Cairo", "unit": "fahrenheit"}""", """{"city": "São Paulo", "unit": "celsius"}"""],
        rejected: ["""{"unit": "celsius"}""", """{"city": 31}""", """{"city": "Cairo", "unit": "rankine"}""", """{"city": "Cairo", "unit": 1}"""],
        optional: ["unit"]);
}

[Graded(2, "calculate takes expression (string, required); convert_temperature takes value (number) and from_unit and to_unit (enums of celsius and fahrenheit), all required (What to build, 1).")]
public sealed class Calculate_and_convert_temperature_schemas_require_their_arguments : HiddenTest
{
    public override object? Act() => Tools();

    public override void Check(Produced produced)
    {
        var tools = ReadTools(produced);
        RequireSchema(RequireTool(tools, "calculate"),
            accepted: ["""{"expression": "(20 + 26) / 2"}"""],
            rejected: ["""{}""", """{"expression": 46}""", """{"expression": ["1", "+", "2"]}"""]);
        RequireSchema(RequireTool(tools, "convert_temperature"),
            accepted: ["""{"value": -40, "from_unit": "celsius", "to_unit": "fahrenheit"}""", """{"value": 98.6, "from_unit": "fahrenheit", "to_unit": "celsius"}"""],
            rejected:
            [
                """{"from_unit": "celsius", "to_unit": "fahrenheit"}""",
                """{"value": 10, "to_unit": "fahrenheit"}""",
                """{"value": 10, "from_unit": "celsius"}""",
                """{"value": "10", "from_unit": "celsius", "to_unit": "fahrenheit"}""",
                """{"value": 10, "from_unit": "kelvin", "to_unit": "celsius"}""",
            ]);
    }
}
