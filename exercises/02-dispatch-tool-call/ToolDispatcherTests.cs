using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// The tool calls below are mock objects built with Moq (see MockToolCall): no model and no network.
public class ToolDispatcherTests
{
    private const string ParisArguments = """{"city": "Paris", "unit": "celsius"}""";

    [Fact]
    public void Calls_the_function_the_tool_call_names()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        var time = new RecordingTool("12:00");
        var registry = Registry(("get_weather", weather), ("get_time", time));

        Dispatch(MockToolCall.Create("call_1", "get_time", """{"city": "Paris"}"""), registry);

        Lesson.Require(time.Received.Count == 1 && weather.Received.Count == 0,
            "DispatchToolCall must call the one function whose name is in toolCall.Function.Name.",
            "get_time called once, get_weather not called",
            $"get_time called {Teaching.Count(time.Received.Count, "time")}, get_weather called {Teaching.Count(weather.Received.Count, "time")}");
    }

    [Fact]
    public void Passes_the_parsed_arguments_to_the_function()
    {
        var weather = new RecordingTool(new { temperature = 22 });

        Dispatch(MockToolCall.Create("call_1", "get_weather", ParisArguments), Registry(("get_weather", weather)));

        Lesson.Require(weather.Received.Count == 1, "DispatchToolCall must call the function exactly once.",
            "get_weather called once", $"get_weather called {Teaching.Count(weather.Received.Count, "time")}");
        var received = JsonText.Show(weather.Received[0]);
        Lesson.Require(weather.Received[0].ValueKind == JsonValueKind.Object,
            "The function must receive the arguments as a parsed JSON object, not as text.",
            $"an object: {ParisArguments}", $"{JsonNode.Parse(received).KindName()}: {received}",
            weather.Received[0].ValueKind == JsonValueKind.String ? CommonMistakes.ArgumentsNotParsed : null);
        Lesson.Require(JsonEquivalence.AreEquivalent(JsonNode.Parse(ParisArguments), JsonNode.Parse(received)),
            "The function must receive exactly the arguments the model sent.", ParisArguments, received);
    }

    [Fact]
    public void Returns_the_function_result_serialized_as_json()
    {
        var result = new { city = "Paris", temperature = 22, unit = "celsius", sunny = true };
        var registry = Registry(("get_weather", new RecordingTool(result)));

        var json = Dispatch(MockToolCall.Create("call_1", "get_weather", ParisArguments), registry);

        Lesson.RequireJson(json, JsonSerializer.SerializeToNode(result), "The result of DispatchToolCall");
    }

    [Fact]
    public void Returns_a_text_result_as_a_json_string()
    {
        var registry = Registry(("get_forecast", new RecordingTool("Sunny, 24°C")));

        var json = Dispatch(MockToolCall.Create("call_1", "get_forecast", """{"city": "Rome"}"""), registry);

        Lesson.RequireJson(json, JsonValue.Create("Sunny, 24°C"), "The result of DispatchToolCall (a JSON string, quotes included)");
    }

    [Fact]
    public void Unknown_function_returns_an_error_object()
    {
        var registry = Registry(("get_weather", new RecordingTool(new { temperature = 22 })));

        var json = Dispatch(MockToolCall.Create("call_1", "fly_to_moon", "{}"), registry, CommonMistakes.UnknownFunctionNotHandled);

        Lesson.RequireJson(json, new JsonObject { ["error"] = "Unknown function: fly_to_moon" },
            "The result for a function that is not in the registry", UnknownFunctionHints.ForResult(json));
    }

    [Fact]
    public void Unknown_function_runs_no_registered_function()
    {
        var weather = new RecordingTool(new { temperature = 22 });

        Dispatch(MockToolCall.Create("call_1", "get_wether", ParisArguments), Registry(("get_weather", weather)),
            CommonMistakes.UnknownFunctionNotHandled);

        Lesson.Require(weather.Received.Count == 0,
            "A name that is not in the registry must not run any function, not even one with a similar name.",
            "get_weather not called", $"get_weather called {Teaching.Count(weather.Received.Count, "time")}");
    }

    private static string Dispatch(IToolCall toolCall, IReadOnlyDictionary<string, ToolFunction> registry, string? likelyMistake = null) =>
        LearnerCode.Run("DispatchToolCall", () => ToolDispatcher.DispatchToolCall(toolCall, registry), likelyMistake);

    private static Dictionary<string, ToolFunction> Registry(params (string Name, RecordingTool Tool)[] tools) =>
        tools.ToDictionary(tool => tool.Name, tool => tool.Tool.Function);
}
