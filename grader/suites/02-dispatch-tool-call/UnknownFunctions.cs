using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "An unknown function name returns {\"error\": \"Unknown function: <name>\"} (What to build, step 5).", Visibility = Visibility.Visible)]
public sealed class Unknown_function_returns_an_error_object : HiddenTest
{
    public override object? Act() => ToolDispatcher.DispatchToolCall(
        MockToolCall.Create("call_1", "fly_to_moon", "{}"),
        new Dictionary<string, ToolFunction> { ["get_weather"] = _ => new { temperature = 22 } });

    public override void Check(Produced produced) =>
        Lesson.RequireJson(produced.TextOf("DispatchToolCall", CommonMistakes.UnknownFunctionNotHandled),
            new JsonObject { ["error"] = "Unknown function: fly_to_moon" }, "The result for an unknown function");
}

[Graded(2, "An unknown function name returns {\"error\": \"Unknown function: <name>\"} (What to build, step 5).")]
public sealed class Unknown_name_with_unicode_is_echoed_in_the_error : HiddenTest
{
    public override object? Act() => ToolDispatcher.DispatchToolCall(
        MockToolCall.Create("call_Ω", "tëst_\"quoted\"", "{}"),
        new Dictionary<string, ToolFunction>());

    public override void Check(Produced produced) =>
        Lesson.RequireJson(produced.TextOf("DispatchToolCall", CommonMistakes.UnknownFunctionNotHandled),
            new JsonObject { ["error"] = "Unknown function: tëst_\"quoted\"" }, "The result for an unknown function");
}
