using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "DispatchToolCall runs the function the tool call names, once, and no other (What to build, steps 1 and 3).", Visibility = Visibility.Visible)]
public sealed class Calls_the_function_the_tool_call_names : HiddenTest
{
    public override object? Act()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        var time = new RecordingTool("12:00");
        Dispatch.Run("call_1", "get_time", """{"city": "Paris"}""", Dispatch.Registry(("get_weather", weather), ("get_time", time)));
        return new { calls = Dispatch.Calls(("get_weather", weather), ("get_time", time)) };
    }

    public override void Check(Produced produced) => Expect.Called(produced.ValueOf(Expect.Member),
        "DispatchToolCall must call the one function whose name is in toolCall.Function.Name, exactly once.",
        ("get_time", 1), ("get_weather", 0));
}

[Graded(2, "DispatchToolCall runs the function the tool call names, once, and no other (What to build, steps 1 and 3).")]
public sealed class Runs_only_the_named_function_among_similar_names : HiddenTest
{
    public override object? Act()
    {
        (string, RecordingTool)[] tools =
        [
            ("get_weather", new RecordingTool("plain")), ("get_weather_v2", new RecordingTool("second")),
            ("Get_Weather", new RecordingTool("capital")), ("weather", new RecordingTool("short")),
        ];
        Dispatch.Run("call_⚡_7f3a", "get_weather_v2", """{"city": "Kraków"}""", Dispatch.Registry(tools));
        return new { calls = Dispatch.Calls(tools) };
    }

    public override void Check(Produced produced) => Expect.Called(produced.ValueOf(Expect.Member),
        "Only the function registered under the exact name may run, and only once.",
        ("get_weather", 0), ("get_weather_v2", 1), ("Get_Weather", 0), ("weather", 0));
}

[Graded(1, "DispatchToolCall runs the function the tool call names, once, and no other (What to build, steps 1 and 3).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Dispatches_names_with_dashes_and_digits : HiddenTest
{
    public override object? Act()
    {
        (string, RecordingTool)[] tools =
        [
            ("search-products-2", new RecordingTool(new { found = 2 })), ("search_products_2", new RecordingTool(new { found = 0 })),
            ("3d-print", new RecordingTool(new { queued = true })), ("v2.lookup", new RecordingTool(new { found = 1 })),
        ];
        var registry = Dispatch.Registry(tools);
        Dispatch.Run("call-" + new string('9', 120) + ":/?#[]@!$&'()*+,;=", "3d-print", "{}", registry);
        Dispatch.Run("call_2", "search-products-2", """{"q": "x"}""", registry);
        return new { calls = Dispatch.Calls(tools) };
    }

    public override void Check(Produced produced) => Expect.Called(produced.ValueOf(Expect.Member),
        "Names with dashes, dots and digits are looked up exactly like any other name.",
        ("search-products-2", 1), ("search_products_2", 0), ("3d-print", 1), ("v2.lookup", 0));
}
