using System.Text.Json.Nodes;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// The definitions in Tools: names, argument names, descriptions and parameter schemas, checked against README.md.
public partial class WeatherCalculatorAgentTests
{
    // The argument names of the table in README.md.
    private static readonly Dictionary<string, string[]> ArgumentNames = new()
    {
        ["get_weather"] = ["city", "unit"],
        ["calculate"] = ["expression"],
        ["convert_temperature"] = ["value", "from_unit", "to_unit"],
    };

    private static readonly Dictionary<string, string[]> OptionalArguments = new()
    {
        ["get_weather"] = ["unit"],
        ["calculate"] = [],
        ["convert_temperature"] = [],
    };

    [Theory]
    [InlineData("get_weather")]
    [InlineData("calculate")]
    [InlineData("convert_temperature")]
    public void Tools_include_each_course_tool(string name)
    {
        var tool = Tool(name);

        Lesson.Require(tool.Type == "function" && tool.Function.Parameters.StringAt("type") == "object",
            $"The {name} tool must be a function tool whose parameters are a JSON Schema with \"type\": \"object\".",
            "type function, parameters of type object", $"type {tool.Type}, parameters {JsonText.Show(tool.Function.Parameters)}");
    }

    [Theory]
    [InlineData("get_weather")]
    [InlineData("calculate")]
    [InlineData("convert_temperature")]
    public void Tool_arguments_are_named_as_in_the_table(string name)
    {
        var declared = ArgumentsDeclared(Tool(name));

        Lesson.Require(declared.Order().SequenceEqual(ArgumentNames[name].Order()),
            $"The arguments of {name} must be named exactly as in the table of README.md: the model fills them in by these names.",
            string.Join(", ", ArgumentNames[name]), declared.Count == 0 ? "no properties" : string.Join(", ", declared),
            ArgumentNamesHint(name, declared));
    }

    [Fact]
    public void Every_tool_description_says_what_the_tool_does()
    {
        var tools = LearnerCode.Run("Tools", () => WeatherCalculatorAgent.Tools);

        var vague = tools.Where(tool => Teaching.Words(tool.Function.Description).Length < 4).ToList();

        Lesson.Require(vague.Count == 0, "Each tool needs a description of at least four words: the model picks tools by their descriptions.",
            "a sentence for every tool", string.Join("; ", vague.Select(tool => $"{tool.Function.Name}: {Teaching.Quote(tool.Function.Description)}")),
            CommonMistakes.VagueDescription);
    }

    [Theory]
    [InlineData("get_weather", """{"city": "Tokyo"}""")]
    [InlineData("get_weather", """{"city": "Oslo", "unit": "fahrenheit"}""")]
    [InlineData("calculate", """{"expression": "(22 + 15 + 18) / 3"}""")]
    [InlineData("convert_temperature", """{"value": 30, "from_unit": "celsius", "to_unit": "fahrenheit"}""")]
    public void Tool_schemas_accept_arguments_the_model_may_send(string name, string arguments)
    {
        var violations = SchemaValidator.For(Tool(name).Function.Parameters!).Validate(JsonNode.Parse(arguments));

        Lesson.Require(violations.Count == 0, $"The parameters schema of {name} rejects arguments that follow the table in README.md.",
            $"{arguments} to be accepted", $"rejected: {string.Join("; ", violations)}",
            StrictModeHint() ?? ArgumentNamesHint(name) ?? RequiredArgumentHints.WhenValidArgumentsRejected(violations, OptionalArguments[name]));
    }

    [Theory]
    [InlineData("get_weather", """{}""", "city", "city is required")]
    [InlineData("get_weather", """{"city": "Oslo", "unit": "kelvin"}""", "unit", "unit is \"celsius\" or \"fahrenheit\" (an enum)")]
    [InlineData("calculate", """{"expression": 42}""", "expression", "expression is a string")]
    [InlineData("convert_temperature", """{"value": 30, "from_unit": "celsius"}""", "to_unit", "to_unit is required")]
    [InlineData("convert_temperature", """{"value": "30", "from_unit": "celsius", "to_unit": "fahrenheit"}""", "value", "value is a number")]
    public void Tool_schemas_reject_arguments_that_break_the_rules(string name, string arguments, string argument, string rule)
    {
        var problem = SampleRejection.Problem(SchemaValidator.For(Tool(name).Function.Parameters!), JsonNode.Parse(arguments)!, argument, OptionalArguments[name]);

        Lesson.Require(problem is null, $"The parameters schema of {name} must reject arguments that break a rule, because they break it: {rule}.",
            $"{arguments} to be rejected because of {argument}", problem?.Text ?? "", problem?.LikelyMistake ?? ArgumentNamesHint(name));
    }

    private static ToolDefinition Tool(string name)
    {
        var tools = LearnerCode.Run("Tools", () => WeatherCalculatorAgent.Tools);
        var tool = tools.FirstOrDefault(tool => tool.Function.Name == name);
        Lesson.Require(tool is not null, $"Tools has no tool named \"{name}\": the tests and the grader call tools by these exact names.",
            $"a tool named \"{name}\"", $"tools: {string.Join(", ", tools.Select(tool => $"\"{tool.Function.Name}\""))}");
        return tool!;
    }

    // Strict mode needs every argument in "required", and get_weather's unit must stay optional: in this exercise the
    // advice strict mode gives leads nowhere. For a hint only, so a Tools that cannot be read gives none.
    private static string? StrictModeHint()
    {
        try
        {
            return WeatherCalculatorAgent.Tools.Any(tool => tool.Function.Name == "get_weather" && tool.Function.Strict == true)
                ? CommonMistakes.StrictModeMakesArgumentsRequired
                : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static List<string> ArgumentsDeclared(ToolDefinition tool) =>
        (tool.Function.Parameters?["properties"] as JsonObject)?.Select(property => property.Key).ToList() ?? [];

    // For a hint only, so a Tools that cannot be read gives no hint rather than a second failure.
    private static string? ArgumentNamesHint(string name)
    {
        try
        {
            return WeatherCalculatorAgent.Tools.FirstOrDefault(tool => tool.Function.Name == name) is { } tool
                ? ArgumentNamesHint(name, ArgumentsDeclared(tool))
                : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static string? ArgumentNamesHint(string name, List<string> declared)
    {
        var missing = ArgumentNames[name].Except(declared).ToList();
        var unknown = declared.Except(ArgumentNames[name]).ToList();
        var difference = (missing.Count, unknown.Count) switch
        {
            (0, 0) => null,
            (1, 1) => $"\"{unknown[0]}\" instead of \"{missing[0]}\"",
            _ => string.Join("; ", new[]
            {
                missing.Count > 0 ? $"missing: {string.Join(", ", missing)}" : null,
                unknown.Count > 0 ? $"not in the table: {string.Join(", ", unknown)}" : null,
            }.OfType<string>()),
        };
        return difference is null
            ? null
            : $"Likely mistake: an argument of {name} is named differently from the table in README.md ({difference}). The tests and " +
              "the grader send the table's names, so rename it in the schema and where the function reads it.";
    }
}
