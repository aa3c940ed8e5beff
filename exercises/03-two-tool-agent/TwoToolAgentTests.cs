using System.Text.Json;
using System.Text.Json.Nodes;
using ToolCalling;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

// The tool calls below are mock objects built with Moq (see MockToolCall): no model and no network.
public class TwoToolAgentTests
{
    [Theory]
    [InlineData("lookup_user")]
    [InlineData("get_order_history")]
    public void Registry_offers_both_shop_tools(string name)
    {
        var registry = LearnerCode.Run("Registry", () => TwoToolAgent.Registry);

        Lesson.Require(registry.ContainsKey(name),
            $"The registry must map \"{name}\" to a tool function: the model calls tools by these names.",
            $"a key \"{name}\"", $"keys: {string.Join(", ", registry.Keys.Select(key => $"\"{key}\""))}");
    }

    [Fact]
    public void Lookup_user_tool_returns_the_shop_user()
    {
        var result = CallRegistryTool("lookup_user", """{"user_id": "u123"}""");

        Lesson.RequireJson(Serialize(result), JsonSerializer.SerializeToNode(Shop.LookupUser("u123")),
            "What the lookup_user tool returned (serialized)");
    }

    [Fact]
    public void Order_history_tool_passes_the_limit_to_the_shop()
    {
        var result = CallRegistryTool("get_order_history", """{"user_id": "u123", "limit": 2}""");

        Lesson.RequireJson(Serialize(result), JsonSerializer.SerializeToNode(Shop.GetOrderHistory("u123", 2)),
            "What get_order_history returned for limit 2 (serialized)");
    }

    [Fact]
    public void Order_history_tool_returns_five_orders_when_no_limit_is_given()
    {
        // The missing limit is the likely mistake only when the same call with a limit works.
        var result = CallRegistryTool("get_order_history", """{"user_id": "u123"}""",
            tool => Handles(tool, """{"user_id": "u123", "limit": 5}""")
                ? "Likely mistake: limit is optional. When the arguments have no \"limit\", use 5 (JsonElement.TryGetProperty tells you whether it is there)."
                : null);

        Lesson.RequireJson(Serialize(result), JsonSerializer.SerializeToNode(Shop.GetOrderHistory("u123", 5)),
            "What get_order_history returned without a limit (the default is 5)");
    }

    [Fact]
    public void ProcessToolCalls_answers_every_call_in_order()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_a", "get_weather", """{"city": "Oslo"}"""),
            MockToolCall.Create("call_b", "get_weather", """{"city": "Lima"}"""),
            MockToolCall.Create("call_c", "get_time", """{"city": "Oslo"}"""),
        };

        var messages = Process(calls, WeatherAndTime());

        var ids = messages.Select(message => message.ToolCallId).ToArray();
        Lesson.Require(ids.SequenceEqual(["call_a", "call_b", "call_c"]),
            "ProcessToolCalls must return one tool message per call, in the order of the calls, each with its call's id.",
            "tool_call_id: call_a, call_b, call_c", $"tool_call_id: {string.Join(", ", ids)}",
            ToolCallIdHints.For(["call_a", "call_b", "call_c"], ids));
    }

    [Fact]
    public void ProcessToolCalls_puts_each_result_in_its_own_message()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_oslo", "get_weather", """{"city": "Oslo"}"""),
            MockToolCall.Create("call_lima", "get_weather", """{"city": "Lima"}"""),
        };

        var messages = Process(calls, WeatherAndTime());

        RequireCallOrder(messages, "call_oslo", "call_lima");
        Lesson.RequireJson(messages[0].Content, WeatherIn("Oslo"), "The content of the message for call_oslo",
            ContentHint(messages[0].Content, WeatherIn("Lima")));
        Lesson.RequireJson(messages[1].Content, WeatherIn("Lima"), "The content of the message for call_lima",
            ContentHint(messages[1].Content, WeatherIn("Oslo")));
    }

    [Fact]
    public void ProcessToolCalls_answers_an_unknown_function_with_an_error_and_carries_on()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_1", "get_stock_price", """{"symbol": "ACME"}"""),
            MockToolCall.Create("call_2", "get_time", """{"city": "Oslo"}"""),
        };

        var messages = Process(calls, WeatherAndTime(), CommonMistakes.UnknownFunctionNotHandled);

        RequireCallOrder(messages, "call_1", "call_2");
        Lesson.RequireJson(messages[0].Content, new JsonObject { ["error"] = "Unknown function: get_stock_price" },
            "The content of the message for an unknown function", UnknownFunctionHints.ForResult(messages[0].Content));
        Lesson.RequireJson(messages[1].Content, JsonValue.Create("09:30"), "The content of the message for get_time, after the unknown one",
            ContentHint(messages[1].Content));
    }

    [Fact]
    public void ProcessToolCalls_with_the_shop_registry_returns_shop_data()
    {
        var calls = new[]
        {
            MockToolCall.Create("call_user", "lookup_user", """{"user_id": "u42"}"""),
            MockToolCall.Create("call_orders", "get_order_history", """{"user_id": "u42", "limit": 3}"""),
        };

        var messages = Process(calls, LearnerCode.Run("Registry", () => TwoToolAgent.Registry));

        RequireCallOrder(messages, "call_user", "call_orders");
        Lesson.RequireJson(messages[0].Content, JsonSerializer.SerializeToNode(Shop.LookupUser("u42")), "The content for lookup_user");
        Lesson.RequireJson(messages[1].Content, JsonSerializer.SerializeToNode(Shop.GetOrderHistory("u42", 3)), "The content for get_order_history");
    }

    [Fact]
    public void ProcessToolCalls_with_no_calls_returns_no_messages()
    {
        var messages = Process([], WeatherAndTime());

        Lesson.Require(messages.Count == 0, "No tool calls means no tool messages.", "an empty list", Teaching.Count(messages.Count, "message"));
    }

    // likelyMistake gets the tool, to find out what made it throw.
    private static object? CallRegistryTool(string name, string arguments, Func<ToolFunction, string?>? likelyMistake = null)
    {
        var registry = LearnerCode.Run("Registry", () => TwoToolAgent.Registry);
        Lesson.Require(registry.TryGetValue(name, out var tool), $"The registry has no \"{name}\" tool.", $"a key \"{name}\"",
            $"keys: {string.Join(", ", registry.Keys)}");
        using var parsed = JsonDocument.Parse(arguments);
        return LearnerCode.Run($"The {name} tool function", () => tool!(parsed.RootElement),
            thrown => likelyMistake?.Invoke(tool!) ?? ArgumentNameHints.For(thrown.GetType().FullName, thrown.Message));
    }

    private static bool Handles(ToolFunction tool, string arguments)
    {
        using var parsed = JsonDocument.Parse(arguments);
        try
        {
            tool(parsed.RootElement);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static string? Serialize(object? result) => JsonSerializer.Serialize(result);

    // The registry of these tests holds every tool they call, so an unknown-function error means the calls ran through
    // another registry; the result of the other call means the messages were matched to the wrong calls.
    private static string? ContentHint(string? content, params JsonNode?[] otherCallsResults) =>
        RegistryHints.ForResult(content) ?? ToolCallIdHints.ForContent(content, otherCallsResults);

    private static IReadOnlyList<ToolMessage> Process(IReadOnlyList<IToolCall> calls, IReadOnlyDictionary<string, ToolFunction> registry, string? likelyMistake = null)
    {
        // A lookup that fails for a name the given registry holds went to another dictionary, most likely Registry.
        var messages = LearnerCode.Run("ProcessToolCalls", () => TwoToolAgent.ProcessToolCalls(calls, registry),
            thrown => RegistryHints.ForException(thrown, registry) ?? likelyMistake ?? ArgumentNameHints.For(thrown.GetType().FullName, thrown.Message));
        Lesson.Require(messages is not null, "ProcessToolCalls must return a list, even an empty one.", "a list", "null");
        return messages!;
    }

    private static void RequireCount(IReadOnlyList<ToolMessage> messages, int count) =>
        Lesson.Require(messages.Count == count, "ProcessToolCalls must return exactly one tool message per tool call.",
            $"{count} messages", Teaching.Count(messages.Count, "message"));

    // The contents are checked by position, so messages that carry the calls' ids in another order are named as such first,
    // rather than as contents that landed in the wrong message. Wrong ids are left to the content checks and to the test
    // of the ids themselves.
    private static void RequireCallOrder(IReadOnlyList<ToolMessage> messages, params string[] ids)
    {
        RequireCount(messages, ids.Length);
        var found = messages.Select(message => message.ToolCallId).ToArray();
        var hint = ToolCallIdHints.For(ids, found);
        Lesson.Require(hint != CommonMistakes.ToolMessagesOutOfOrder,
            "ProcessToolCalls must return the tool messages in the order of the calls.",
            $"tool_call_id: {string.Join(", ", ids)}", $"tool_call_id: {string.Join(", ", found)}", hint);
    }

    private static JsonNode WeatherIn(string city) => new JsonObject { ["city"] = city, ["temperature"] = city.Length * 3 };

    private static Dictionary<string, ToolFunction> WeatherAndTime() => new()
    {
        ["get_weather"] = arguments => WeatherIn(arguments.GetProperty("city").GetString()!),
        ["get_time"] = _ => "09:30",
    };
}
