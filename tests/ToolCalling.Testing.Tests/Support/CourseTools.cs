using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Support;

/// <summary>The three tools of the course's weather and calculator agent, as a learner would declare them.</summary>
internal static class CourseTools
{
    public static ToolDefinition GetWeather => ToolDefinition.ForFunction(
        "get_weather",
        "Get the current weather for a city. Returns the temperature and the conditions.",
        JsonNode.Parse("""
            {
              "type": "object",
              "properties": {
                "city": { "type": "string", "description": "The city name, e.g. Tokyo" },
                "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] }
              },
              "required": ["city"]
            }
            """));

    public static ToolDefinition Calculate => ToolDefinition.ForFunction(
        "calculate",
        "Evaluate an arithmetic expression and return the result.",
        JsonNode.Parse("""
            {
              "type": "object",
              "properties": { "expression": { "type": "string", "description": "For example (2 + 3) * 4" } },
              "required": ["expression"]
            }
            """));

    public static ToolDefinition ConvertTemperature => ToolDefinition.ForFunction(
        "convert_temperature",
        "Convert a temperature between celsius and fahrenheit.",
        JsonNode.Parse("""
            {
              "type": "object",
              "properties": {
                "value": { "type": "number" },
                "from_unit": { "type": "string", "enum": ["celsius", "fahrenheit"] },
                "to_unit": { "type": "string", "enum": ["celsius", "fahrenheit"] }
              },
              "required": ["value", "from_unit", "to_unit"]
            }
            """));

    public static List<ToolDefinition> All => [GetWeather, Calculate, ConvertTemperature];

    public static ChatCompletionRequest Ask(string question, List<ToolDefinition>? tools = null) =>
        new() { Messages = [ChatMessage.User(question)], Tools = tools ?? All };
}
