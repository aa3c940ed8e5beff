using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: schemas built as JsonObject in code, a small hand-written evaluator instead of DataTable,
// and a while loop that counts the calls as it answers them.
public static class WeatherCalculatorAgent
{
    public const int MaxRounds = 5;

    public static IReadOnlyList<ToolDefinition> Tools { get; } =
    [
        ToolDefinition.ForFunction("get_weather", "Look up the current temperature and conditions in a city.",
            Schema(["city"], ("city", Text("City name, e.g. Paris")), ("unit", UnitProperty("Temperature unit, celsius when omitted")))),
        ToolDefinition.ForFunction("calculate", "Work out the value of an arithmetic expression.",
            Schema(["expression"], ("expression", Text("Arithmetic such as (3 + 4) * 2")))),
        ToolDefinition.ForFunction("convert_temperature", "Convert a temperature from one unit to another.",
            Schema(["value", "from_unit", "to_unit"],
                ("value", new JsonObject { ["type"] = "number", ["description"] = "Temperature to convert" }),
                ("from_unit", UnitProperty("Unit of the value")),
                ("to_unit", UnitProperty("Unit wanted")))),
    ];

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["get_weather"] = arguments =>
        {
            var asked = arguments.GetProperty("city").GetString()!;
            var unit = arguments.TryGetProperty("unit", out var u) ? u.GetString()! : "celsius";
            if (unit is not ("celsius" or "fahrenheit"))
            {
                return new JsonObject { ["error"] = "Unknown unit: " + unit };
            }

            var reading = WeatherStation.Find(asked);
            if (reading is null)
            {
                return new JsonObject { ["error"] = "Unknown city: " + asked };
            }

            var degrees = unit == "fahrenheit" ? reading.TemperatureCelsius * 1.8 + 32 : reading.TemperatureCelsius;
            return new JsonObject { ["city"] = reading.City, ["temperature"] = degrees, ["unit"] = unit, ["condition"] = reading.Condition };
        },
        ["calculate"] = arguments =>
        {
            var expression = arguments.GetProperty("expression").GetString()!;
            return Evaluator.TryEvaluate(expression, out var value) && double.IsFinite(value)
                ? new JsonObject { ["expression"] = expression, ["result"] = value }
                : new JsonObject { ["error"] = "Cannot calculate: " + expression };
        },
        ["convert_temperature"] = arguments =>
        {
            var value = arguments.GetProperty("value").GetDouble();
            var from = arguments.GetProperty("from_unit").GetString()!;
            var to = arguments.GetProperty("to_unit").GetString()!;
            foreach (var unit in new[] { from, to })
            {
                if (unit is not ("celsius" or "fahrenheit"))
                {
                    return new JsonObject { ["error"] = "Unknown unit: " + unit };
                }
            }

            var celsius = from == "celsius" ? value : (value - 32) / 1.8;
            return new JsonObject { ["temperature"] = to == "celsius" ? celsius : celsius * 1.8 + 32, ["unit"] = to };
        },
    };

    public static async Task<AgentResult> AskAsync(IChatModel model, string question, CancellationToken cancellationToken = default)
    {
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User(question)], Tools = Tools.ToList() };
        var rounds = 0;
        var calls = 0;
        var response = await model.CompleteAsync(request, cancellationToken);
        while (response.Choices[0].Message.ToolCalls is { Count: > 0 } toolCalls)
        {
            if (rounds == MaxRounds)
            {
                throw new InvalidOperationException($"No answer after {MaxRounds} rounds of tool calls.");
            }

            rounds++;
            request.AppendAssistantMessage(response);
            foreach (var call in toolCalls)
            {
                request.AppendToolMessage(new ToolMessage(call.Id, Answer(call)));
                calls++;
            }

            response = await model.CompleteAsync(request, cancellationToken);
        }

        return new AgentResult(response.Choices[0].Message.Content ?? "", rounds, calls);
    }

    private static string Answer(ToolCall call)
    {
        if (!Registry.ContainsKey(call.Function.Name))
        {
            return Failure("Unknown function: " + call.Function.Name);
        }

        JsonElement arguments;
        try
        {
            arguments = JsonSerializer.Deserialize<JsonElement>(call.Function.Arguments);
        }
        catch (JsonException problem)
        {
            return Failure($"Invalid arguments for {call.Function.Name}: {problem.Message}");
        }

        try
        {
            return JsonSerializer.Serialize(Registry[call.Function.Name](arguments));
        }
        catch (Exception problem)
        {
            return Failure(problem.Message);
        }
    }

    private static string Failure(string message) => new JsonObject { ["error"] = message }.ToJsonString();

    private static JsonObject Schema(string[] required, params (string Name, JsonObject Property)[] properties)
    {
        var declared = new JsonObject();
        foreach (var (name, property) in properties)
        {
            declared[name] = property;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = declared,
            ["required"] = new JsonArray(required.Select(name => (JsonNode)JsonValue.Create(name)).ToArray()),
        };
    }

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject UnitProperty(string description) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray("celsius", "fahrenheit"), ["description"] = description };

    // Numbers, + - * /, unary minus and parentheses, by recursive descent.
    private sealed class Evaluator
    {
        private readonly string _text;
        private int _position;

        private Evaluator(string text) => _text = text;

        public static bool TryEvaluate(string text, out double value)
        {
            var evaluator = new Evaluator(text);
            try
            {
                value = evaluator.Sum();
                evaluator.SkipSpaces();
                return evaluator._position == text.Length;
            }
            catch (FormatException)
            {
                value = double.NaN;
                return false;
            }
        }

        private double Sum()
        {
            var value = Product();
            while (Accept('+') || Accept('-'))
            {
                value = _text[_position - 1] == '+' ? value + Product() : value - Product();
            }

            return value;
        }

        private double Product()
        {
            var value = Factor();
            while (Accept('*') || Accept('/'))
            {
                value = _text[_position - 1] == '*' ? value * Factor() : value / Factor();
            }

            return value;
        }

        private double Factor()
        {
            if (Accept('-'))
            {
                return -Factor();
            }

            if (Accept('('))
            {
                var inner = Sum();
                return Accept(')') ? inner : throw new FormatException("Missing closing parenthesis.");
            }

            SkipSpaces();
            var start = _position;
            while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
            {
                _position++;
            }

            return double.TryParse(_text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new FormatException($"A number was expected at position {start}.");
        }

        private bool Accept(char symbol)
        {
            SkipSpaces();
            if (_position < _text.Length && _text[_position] == symbol)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }
    }
}
