using System.Data;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

public static class WeatherCalculatorAgent
{
    public const int MaxRounds = 5;

    private static readonly string[] Units = ["celsius", "fahrenheit"];

    public static IReadOnlyList<ToolDefinition> Tools =>
    [
        ToolDefinition.ForFunction(
            "get_weather",
            "Get the current weather in a city: its temperature and the sky, such as sunny or cloudy.",
            JsonNode.Parse("""
                {
                  "type": "object",
                  "properties": {
                    "city": { "type": "string", "description": "The city", "description": "The city, for example Tokyo or New York" },
                    "unit": { "type": "string", "enum": ["celsius", "fahrenheit"], "description": "The temperature unit; celsius when left out" }
                  },
                  "required": ["city"]
                }
                """)),
        ToolDefinition.ForFunction(
            "calculate",
            "Evaluate an arithmetic expression with + - * / and parentheses, and return the number.",
            JsonNode.Parse("""
                {
                  "type": "object",
                  "properties": {
                    "expression": { "type": "string", "description": "The expression, for example (22 + 15 + 18) / 3" }
                  },
                  "required": ["expression"]
                }
                """)),
        ToolDefinition.ForFunction(
            "convert_temperature",
            "Convert a temperature between degrees celsius and degrees fahrenheit.",
            JsonNode.Parse("""
                {
                  "type": "object",
                  "properties": {
                    "value": { "type": "number", "description": "The temperature to convert" },
                    "from_unit": { "type": "string", "enum": ["celsius", "fahrenheit"], "description": "The unit of value" },
                    "to_unit": { "type": "string", "enum": ["celsius", "fahrenheit"], "description": "The unit to convert to" }
                  },
                  "required": ["value", "from_unit", "to_unit"]
                }
                """)),
    ];

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["get_weather"] = GetWeather,
        ["calculate"] = Calculate,
        ["convert_temperature"] = ConvertTemperature,
    };

    public static async Task<AgentResult> AskAsync(IChatModel model, string question, CancellationToken cancellationToken = default)
    {
        var request = new ChatCompletionRequest
        {
            Messages =
            [
                ChatMessage.System("You answer questions about the weather. Use the tools for every number you give."),
                ChatMessage.User(question),
            ],
            Tools = [.. Tools],
        };

        var toolCallsAnswered = 0;
        for (var round = 1; ; round++)
        {
            var response = await model.CompleteAsync(request, cancellationToken);
            var message = response.Choices[0].Message;
            if (message.ToolCalls is not { Count: > 0 } toolCalls)
            {
                return new AgentResult(message.Content ?? "", round - 1, toolCallsAnswered);
            }

            if (round > MaxRounds)
            {
                throw new InvalidOperationException($"The model still asked for tool calls after {MaxRounds} rounds.");
            }

            request.AppendAssistantMessage(response);
            foreach (var toolCall in toolCalls)
            {
                request.AppendToolMessage(new ToolMessage(toolCall.Id, RunSafely(toolCall)));
                toolCallsAnswered++;
            }
        }
    }

    private static string RunSafely(IToolCall toolCall)
    {
        var name = toolCall.Function.Name;
        if (!Registry.TryGetValue(name, out var function))
        {
            return Error($"Unknown function: {name}");
        }

        JsonDocument arguments;
        try
        {
            arguments = JsonDocument.Parse(toolCall.Function.Arguments);
        }
        catch (JsonException exception)
        {
            return Error($"Invalid arguments for {name}: {exception.Message}");
        }

        using (arguments)
        {
            try
            {
                return JsonSerializer.Serialize(function(arguments.RootElement));
            }
            catch (Exception exception)
            {
                // The model reads the error and can recover; the conversation goes on.
                return Error(exception.Message);
            }
        }
    }

    private static object GetWeather(JsonElement arguments)
    {
        var city = arguments.GetProperty("city").GetString()!;
        var unit = arguments.TryGetProperty("unit", out var given) ? given.GetString()! : "celsius";
        if (!Units.Contains(unit))
        {
            return new { error = $"Unknown unit: {unit}" };
        }

        if (WeatherStation.Find(city) is not { } reading)
        {
            return new { error = $"Unknown city: {city}" };
        }

        var temperature = ConvertUnits(reading.TemperatureCelsius, "celsius", unit);
        return new { city = reading.City, temperature, unit, condition = reading.Condition };
    }

    private static object Calculate(JsonElement arguments)
    {
        var expression = arguments.GetProperty("expression").GetString()!;
        try
        {
            var result = new DataTable().Compute(expression, null) switch
            {
                int whole => whole,
                long whole => whole,
                decimal exact => (double)exact,
                double number => number,
                _ => double.NaN,
            };
            if (double.IsFinite(result))
            {
                return new { expression, result };
            }
        }
        catch (Exception exception) when (exception is EvaluateException or SyntaxErrorException or OverflowException or DivideByZeroException)
        {
            // Reported below, like a result that is not a number.
        }

        return new { error = $"Cannot calculate: {expression}" };
    }

    private static object ConvertTemperature(JsonElement arguments)
    {
        var value = arguments.GetProperty("value").GetDouble();
        var fromUnit = arguments.GetProperty("from_unit").GetString()!;
        var toUnit = arguments.GetProperty("to_unit").GetString()!;
        if (!Units.Contains(fromUnit) || !Units.Contains(toUnit))
        {
            return new { error = $"Unknown unit: {(Units.Contains(fromUnit) ? toUnit : fromUnit)}" };
        }

        return new { temperature = ConvertUnits(value, fromUnit, toUnit), unit = toUnit };
    }

    private static double ConvertUnits(double value, string fromUnit, string toUnit) => (fromUnit, toUnit) switch
    {
        ("celsius", "fahrenheit") => (value * 9 / 5) + 32,
        ("fahrenheit", "celsius") => (value - 32) * 5 / 9,
        _ => value,
    };

    private static string Error(string message) => JsonSerializer.Serialize(new { error = message });
}
