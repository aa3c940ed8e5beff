using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "An unknown function name returns {\"error\": \"Unknown function: <name>\"} (What to build, step 5).", Visibility = Visibility.Visible)]
public sealed class Unknown_function_returns_an_error_object : HiddenTest
{
    public override object? Act() => Dispatch.Run("call_1", "fly_to_moon", "{}",
        Dispatch.Registry(("get_weather", new RecordingTool(new { temperature = 22 }))));

    public override void Check(Produced produced) =>
        Lesson.RequireJson(produced.TextOf(Expect.Member, CommonMistakes.UnknownFunctionNotHandled),
            new JsonObject { ["error"] = "Unknown function: fly_to_moon" }, "The result for an unknown function",
            CommonMistakes.UnknownFunctionNotHandled);
}

[Graded(1, "An unknown function name runs no function at all (What to build, step 5).", Visibility = Visibility.Visible)]
public sealed class Unknown_function_runs_no_registered_function : HiddenTest
{
    public override object? Act()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        Dispatch.Run("call_1", "get_wether", """{"city": "Paris", "unit": "celsius"}""", Dispatch.Registry(("get_weather", weather)));
        return new { calls = Dispatch.Calls(("get_weather", weather)) };
    }

    public override void Check(Produced produced) => Expect.Called(produced.ValueOf(Expect.Member, CommonMistakes.UnknownFunctionNotHandled),
        "A name that is not in the registry must not run any function, not even one with a similar name.", ("get_weather", 0));
}

[Graded(2, "An unknown function name returns {\"error\": \"Unknown function: <name>\"} (What to build, step 5).")]
public sealed class Unknown_names_are_echoed_exactly_in_the_error : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Run("call_Ω", "tëst_\"quoted\"", "{}", Dispatch.Registry()),
        Dispatch.Run("call_2", "get-weather-2", """{"city": "Oslo"}""", Dispatch.Registry(("get_weather", new RecordingTool(1)))),
        Dispatch.Run("call_3", "天気を調べる", "{}", Dispatch.Registry()),
        Dispatch.Run("call_4", "back\\slash {x}", "{}", Dispatch.Registry()),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result for an unknown function",
        CommonMistakes.UnknownFunctionNotHandled,
        Error("tëst_\"quoted\""), Error("get-weather-2"), Error("天気を調べる"), Error("back\\slash {x}"));

    [GraderOnly]
    private static JsonObject Error(string name) => new() { ["error"] = $"Unknown function: {name}" };
}

[Graded(1, "A name is looked up exactly as written: a name that is not in the registry gets the error and runs nothing (What to build, steps 3 and 5).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Unknown_name_that_differs_only_in_case_runs_nothing : HiddenTest
{
    public override object? Act()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        var result = Dispatch.Run("call_case", "Get_Weather", """{"city": "Lima"}""", Dispatch.Registry(("get_weather", weather)));
        return new { result, calls = Dispatch.Calls(("get_weather", weather)) };
    }

    public override void Check(Produced produced)
    {
        var value = produced.ValueOf(Expect.Member, CommonMistakes.UnknownFunctionNotHandled);
        Expect.Called(value, "Only a name that is in the registry, exactly as written, may run a function.", ("get_weather", 0));
        Lesson.RequireJson(value.StringAt("result"), new JsonObject { ["error"] = "Unknown function: Get_Weather" }, "The result for an unknown function",
            CommonMistakes.UnknownFunctionNotHandled);
    }
}
