using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling;
using ToolCalling.Testing;
using static Suites.ToolLoop.Conversations;

namespace Suites.ToolLoop;

[Graded(1, "Each call's arguments are parsed and the parsed object is passed to the function, which runs once per call (step 4).")]
public sealed class Function_receives_the_parsed_arguments_once_per_call : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel()
            .RespondWithToolCalls(("get_time", new { city = "Tokyo" }), ("get_weather", new { city = "Lima" }))
            .RespondWithText("It is 21:30 in Tokyo and 19°C in Lima."),
        Ask("Time in Tokyo and weather in Lima?"));

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.ArgumentsNotParsed);
        string[] expected = ["get_time {\"city\":\"Tokyo\"}", "get_weather {\"city\":\"Lima\"}"];
        Lesson.Require(run.FunctionRuns.SequenceEqual(expected),
            "Each function must run once per call, with the call's parsed arguments object.",
            string.Join(" | ", expected), run.FunctionRuns.Count == 0 ? "no function ran" : string.Join(" | ", run.FunctionRuns),
            run.FunctionRuns.Any(line => line.Contains(" \"", StringComparison.Ordinal)) ? CommonMistakes.ArgumentsNotParsed : null);
    }
}

[Graded(1, "A tool message's content is the function's result serialized as JSON (step 4).")]
public sealed class Object_result_is_sent_as_json : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel().RespondWithToolCalls(("get_weather", new { city = "New York" })).RespondWithText("18°C and windy."),
        Ask("Weather in New York?"));

    public override void Check(Produced produced) =>
        RequireResult(Finished(produced), "call_1",
            new JsonObject { ["city"] = "New York", ["temperature"] = 18, ["unit"] = "celsius", ["condition"] = "windy" },
            "The content of the tool message", CommonMistakes.ResultNotJson);
}

[Graded(1, "Text results are serialized too: the content is a JSON string, quotes included (step 4).")]
public sealed class Text_result_is_sent_as_a_json_string : HiddenTest
{
    public override object? Act() => Run(
        new ScriptedChatModel().RespondWithToolCalls(("get_time", new { city = "Lima" })).RespondWithText("It is 13:30 in Lima."),
        Ask("What time is it in Lima?"));

    public override void Check(Produced produced) =>
        RequireResult(Finished(produced), "call_1", JsonValue.Create("13:30"), "The content of the tool message for a text result",
            CommonMistakes.ResultNotJson);
}

[Graded(2, "A function that is not in the registry gets {\"error\": \"Unknown function: <name>\"}, the other calls are answered as usual, and the conversation goes on (step 4).")]
public sealed class Unknown_function_among_known_ones_gets_an_error_result : HiddenTest
{
    public override object? Act()
    {
        var model = new ScriptedChatModel()
            .RespondWithToolCalls(("get_weather", new { city = "Tokyo" }), ("get_weather", new { city = "London" }), ("get_time", new { city = "London" }))
            .RespondWithText("I could not check everything, sorry.");
        model.Faults.Next(Fault.UnknownFunction("get_air_quality"));
        return Run(model, Ask("Weather in Tokyo and London, and the time in London?"));
    }

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.UnknownFunctionNotHandled);
        RequireResult(run, "call_1", new JsonObject { ["error"] = "Unknown function: get_air_quality" },
            "The result for a function that is not in the registry", CommonMistakes.UnknownFunctionNotHandled);
        RequireResult(run, "call_2", new JsonObject { ["city"] = "London", ["temperature"] = 15, ["unit"] = "celsius", ["condition"] = "cloudy" },
            "The result for the call after the unknown one");
        RequireResult(run, "call_3", JsonValue.Create("13:30"), "The result for the last call");
        RequireAnswer(run, "I could not check everything, sorry.");
    }
}

[Graded(1, "A name that is not in the registry runs no function at all (step 4).")]
public sealed class Unknown_function_runs_no_registered_function : HiddenTest
{
    public override object? Act()
    {
        var model = new ScriptedChatModel().RespondWithToolCalls(("get_weather", new { city = "Tokyo" })).RespondWithText("Sorry.");
        model.Faults.Next(Fault.UnknownFunction("get_weather_v2"));
        return Run(model, Ask("Weather in Tokyo?"));
    }

    public override void Check(Produced produced)
    {
        var run = Finished(produced, CommonMistakes.UnknownFunctionNotHandled);
        Lesson.Require(run.FunctionRuns.Count == 0, "A name that is not in the registry must not run any function, not even one with a similar name.",
            "no function run", string.Join(" | ", run.FunctionRuns));
        RequireResult(run, "call_1", JsonSerializer.SerializeToNode(new { error = "Unknown function: get_weather_v2" }),
            "The result for a function that is not in the registry", CommonMistakes.UnknownFunctionNotHandled);
    }
}
