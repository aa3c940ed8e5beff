using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ToolCalling;
using ToolCalling.Testing;

namespace Exercises;

// Alternative: the tools written as one JSON document, arguments read into records, a whitelist in front of
// DataTable.Compute, and the rounds counted from the conversation itself.
public static class WeatherCalculatorAgent
{
    public const int MaxRounds = 5;

    private static readonly Regex Arithmetic = new(@"^[\d\s.+\-*/()]+$", RegexOptions.Compiled);

    private const string ToolsJson = """
        [
          { "type": "function", "function": {
              "name": "get_weather",
              "description": "Returns the current temperature and sky conditions for a city.",
              "parameters": { "type": "object", "required": ["city"], "properties": {
                  "city": { "type": "string" },
                  "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] } } } } },
          { "type": "function", "function": {
              "name": "calculate",
              "description": "Calculator:\nadds, subtracts,\nmultiplies, divides.",
              "parameters": { "type": "object", "required": ["expression"], "properties": {
                  "expression": { "type": "string" } } } } },
          { "type": "function", "function": {
              "name": "convert_temperature",
              "description": "Converts a temperature value between celsius and fahrenheit.",
              "parameters": { "type": "object", "required": ["value", "from_unit", "to_unit"], "properties": {
                  "value": { "type": "number" },
                  "from_unit": { "type": "string", "enum": ["celsius", "fahrenheit"] },
                  "to_unit": { "type": "string", "enum": ["celsius", "fahrenheit"] } } } } }
        ]
        """;

    public static IReadOnlyList<ToolDefinition> Tools => JsonSerializer.Deserialize<List<ToolDefinition>>(ToolsJson)!;

    public static IReadOnlyDictionary<string, ToolFunction> Registry { get; } = new Dictionary<string, ToolFunction>
    {
        ["get_weather"] = arguments => Weather(arguments.Deserialize<WeatherQuery>()!),
        ["calculate"] = arguments => Calculate(arguments.Deserialize<Calculation>()!.Expression),
        ["convert_temperature"] = arguments => Conversion(arguments.Deserialize<ConversionQuery>()!),
    };

    public static async Task<AgentResult> AskAsync(IChatModel model, string question, CancellationToken cancellationToken = default)
    {
        var request = new ChatCompletionRequest { Messages = [ChatMessage.User(question)], Tools = [.. Tools] };
        while (true)
        {
            var response = await model.CompleteAsync(request, cancellationToken);
            var reply = response.Choices[0].Message;
            var answered = request.Messages.Where(message => message.Role == "assistant" && message.ToolCalls is { Count: > 0 }).ToList();
            if (reply.ToolCalls is not { Count: > 0 })
            {
                return new AgentResult(reply.Content ?? "", answered.Count, answered.Sum(message => message.ToolCalls!.Count));
            }

            if (answered.Count >= MaxRounds)
            {
                throw new InvalidOperationException($"Aborted after {MaxRounds} rounds: the model keeps requesting tools.");
            }

            request.AppendAssistantMessage(response);
            var results = await Task.WhenAll(reply.ToolCalls.Select(call => Task.Run(() => new ToolMessage(call.Id, Run(call)), cancellationToken)));
            foreach (var result in results)
            {
                request.AppendToolMessage(result);
            }
        }
    }

    private static string Run(ToolCall call)
    {
        if (!Registry.TryGetValue(call.Function.Name, out var function))
        {
            return Error($"Unknown function: {call.Function.Name}");
        }

        JsonElement arguments;
        try
        {
            arguments = JsonDocument.Parse(call.Function.Arguments).RootElement;
        }
        catch (JsonException exception)
        {
            return Error($"Invalid arguments for {call.Function.Name}: {exception.Message}");
        }

        try
        {
            return JsonSerializer.Serialize(function(arguments));
        }
        catch (Exception exception)
        {
            return Error(exception.Message);
        }
    }

    private static object Weather(WeatherQuery query)
    {
        var unit = query.Unit ?? "celsius";
        if (unit is not ("celsius" or "fahrenheit"))
        {
            return new ErrorResult($"Unknown unit: {unit}");
        }

        return WeatherStation.Find(query.City) is { } reading
            ? new WeatherResult(reading.City, ToUnit(reading.TemperatureCelsius, "celsius", unit), unit, reading.Condition)
            : new ErrorResult($"Unknown city: {query.City}");
    }

    private static object Calculate(string expression)
    {
        if (!Arithmetic.IsMatch(expression))
        {
            return new ErrorResult($"Cannot calculate: {expression}");
        }

        try
        {
            var value = Convert.ToDouble(new DataTable().Compute(expression, null), System.Globalization.CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? new CalculationResult(expression, value) : new ErrorResult($"Cannot calculate: {expression}");
        }
        catch (Exception exception) when (exception is EvaluateException or SyntaxErrorException or InvalidCastException or OverflowException or DivideByZeroException)
        {
            return new ErrorResult($"Cannot calculate: {expression}");
        }
    }

    private static object Conversion(ConversionQuery query)
    {
        var unknown = new[] { query.FromUnit, query.ToUnit }.FirstOrDefault(unit => unit is not ("celsius" or "fahrenheit"));
        return unknown is null
            ? new TemperatureResult(ToUnit(query.Value, query.FromUnit, query.ToUnit), query.ToUnit)
            : new ErrorResult($"Unknown unit: {unknown}");
    }

    private static double ToUnit(double value, string from, string to) =>
        from == to ? value : to == "fahrenheit" ? value * 9 / 5 + 32 : (value - 32) * 5 / 9;

    private static string Error(string message) => JsonSerializer.Serialize(new ErrorResult(message));

    private sealed record WeatherQuery([property: JsonPropertyName("city")] string City, [property: JsonPropertyName("unit")] string? Unit);

    private sealed record Calculation([property: JsonPropertyName("expression")] string Expression);

    private sealed record ConversionQuery(
        [property: JsonPropertyName("value")] double Value,
        [property: JsonPropertyName("from_unit")] string FromUnit,
        [property: JsonPropertyName("to_unit")] string ToUnit);

    private sealed record WeatherResult(
        [property: JsonPropertyName("city")] string City,
        [property: JsonPropertyName("temperature")] double Temperature,
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("condition")] string Condition);

    private sealed record CalculationResult([property: JsonPropertyName("expression")] string Expression, [property: JsonPropertyName("result")] double Result);

    private sealed record TemperatureResult([property: JsonPropertyName("temperature")] double Temperature, [property: JsonPropertyName("unit")] string Unit);

    private sealed record ErrorResult([property: JsonPropertyName("error")] string Error);
}
