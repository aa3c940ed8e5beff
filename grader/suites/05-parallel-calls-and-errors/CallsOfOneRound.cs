using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;
using static Suites.ParallelCallsAndErrors.Observations;

namespace Suites.ParallelCallsAndErrors;

[Graded(2, "ProcessToolCallsSafely returns one tool message per call, in order, each with its call's id and the JSON result (What to build, 1).",
    Visibility = Visibility.Visible)]
public sealed class Every_call_is_answered_in_order_with_its_own_id : HiddenTest
{
    public override object? Act() => Process(
        MockToolCall.Create("call_a", "get_weather", """{"city": "Tokyo"}"""),
        MockToolCall.Create("call_b", "get_time", """{"city": "Tokyo"}"""),
        MockToolCall.Create("call_c", "get_weather", """{"city": "London"}"""));

    public override void Check(Produced produced)
    {
        var messages = Messages(produced, 3);
        RequireIds(messages, "call_a", "call_b", "call_c");
        JsonNode?[] results =
        [
            new JsonObject { ["city"] = "Tokyo", ["temperature"] = 22, ["unit"] = "celsius", ["condition"] = "sunny" },
            JsonValue.Create("21:30"),
            new JsonObject { ["city"] = "London", ["temperature"] = 15, ["unit"] = "celsius", ["condition"] = "cloudy" },
        ];
        Lesson.RequireJson(messages[1].Content, results[1], "The content for call_b", ToolCallIdHints.ForContent(messages[1].Content, [results[0], results[2]]));
        Lesson.RequireJson(messages[2].Content, results[2], "The content for call_c", ToolCallIdHints.ForContent(messages[2].Content, [results[0], results[1]]));
    }
}

[Graded(2, "A function that throws is answered with {\"error\": \"<the exception's Message>\"} (What to build, 1).", Visibility = Visibility.Visible)]
public sealed class Function_that_throws_gives_an_error_with_its_message : HiddenTest
{
    public override object? Act() => Process(MockToolCall.Create("call_1", "get_weather", """{"city": "Toky"}"""));

    public override void Check(Produced produced) =>
        RequireError(Messages(produced, 1, CommonMistakes.ToolExceptionEscapes)[0].Content, "Unknown city: Toky", "The content for a function that threw");
}

[Graded(2, "One failing call does not stop the others: every call still gets its message (What to build, 1).")]
public sealed class Calls_after_a_failing_call_are_still_answered : HiddenTest
{
    public override object? Act() => Process(
        MockToolCall.Create("call_1", "get_forecast", """{"city": "Nairobi"}"""),
        MockToolCall.Create("call_2", "get_weather", """{"city": "Nairobi"}"""));

    public override void Check(Produced produced)
    {
        var messages = Messages(produced, 2, CommonMistakes.ToolExceptionEscapes);
        RequireIds(messages, "call_1", "call_2");
        RequireError(messages[0].Content, "The forecast service is down for maintenance.", "The content for the failing call");
        Lesson.RequireJson(messages[1].Content, new JsonObject { ["city"] = "Nairobi", ["temperature"] = 24, ["unit"] = "celsius", ["condition"] = "clear" },
            "The content for the call after the failing one");
    }
}

[Graded(2, "Arguments that are not valid JSON are answered with {\"error\": \"Invalid arguments for <name>: ...\"} (What to build, 1).",
    Visibility = Visibility.Visible)]
public sealed class Broken_arguments_give_an_invalid_arguments_error : HiddenTest
{
    public override object? Act() => Process(MockToolCall.Create("call_1", "get_weather", """{"city": "Tokyo"""));

    public override void Check(Produced produced) =>
        RequireErrorStartingWith(Messages(produced, 1, CommonMistakes.ArgumentsParsedOutsideTry)[0].Content, "Invalid arguments for get_weather",
            "The content for broken arguments");
}

[Graded(1, "With broken arguments the function is not called (What to build, 1).")]
public sealed class Broken_arguments_do_not_run_the_function : HiddenTest
{
    public override object? Act() => Process(MockToolCall.Create("call_1", "get_time", "city=Tokyo"));

    public override void Check(Produced produced)
    {
        Messages(produced, 1, FaultHints.ForMalformedArguments(produced.ExceptionType ?? ""));
        var runs = FunctionRuns(produced);
        Lesson.Require(runs.Count == 0, "A call whose arguments are not valid JSON must not run its function.", "no function run", string.Join(" | ", runs));
    }
}

[Graded(1, "A name that is not in the registry gets {\"error\": \"Unknown function: <name>\"} (What to build, 1).")]
public sealed class Unknown_function_gets_the_unknown_function_error : HiddenTest
{
    public override object? Act() => Process(MockToolCall.Create("call_1", "get_pollen_count", """{"city": "London"}"""));

    public override void Check(Produced produced) =>
        RequireError(Messages(produced, 1, CommonMistakes.UnknownFunctionNotHandled)[0].Content, "Unknown function: get_pollen_count",
            "The content for a function that is not in the registry", CommonMistakes.UnknownFunctionNotHandled);
}

[Graded(1, "An unknown function with broken arguments is answered with one of the two errors, whichever is checked first (What to build, 1).")]
public sealed class Unknown_function_with_broken_arguments_gets_either_error : HiddenTest
{
    public override object? Act() => Process(MockToolCall.Create("call_1", "get_tides", """{"port": """));

    public override void Check(Produced produced) =>
        ErrorResults.RequireStartingWithAny(
            Messages(produced, 1, FaultHints.ForUnknownFunctionWithMalformedArguments(produced.ExceptionType ?? ""))[0].Content,
            ["Unknown function: get_tides", "Invalid arguments for get_tides"],
            "The content for an unknown function with broken arguments must be the unknown-function error or the invalid-arguments one.");
}

[Graded(1, "An exception while writing the result as JSON is answered with an error too (What to build, 1).")]
public sealed class Result_that_cannot_be_written_as_json_gives_an_error : HiddenTest
{
    public override object? Act() => Process(
        MockToolCall.Create("call_1", "get_uv_index", """{"city": "Tokyo"}"""),
        MockToolCall.Create("call_2", "get_time", """{"city": "London"}"""));

    public override void Check(Produced produced)
    {
        var messages = Messages(produced, 2, CommonMistakes.ToolExceptionEscapes);
        ErrorResults.RequireAny(messages[0].Content, "A result that JsonSerializer cannot write must be answered with {\"error\": \"<the exception's Message>\"}.");
        Lesson.RequireJson(messages[1].Content, JsonValue.Create("13:30"), "The content for the call after it");
    }
}

[Graded(2, "Each kind of failure gets its own error, and the successful calls among them their results (What to build, 1).")]
public sealed class Every_kind_of_failure_in_one_batch_gets_its_own_error : HiddenTest
{
    public override object? Act() => Process(
        MockToolCall.Create("call_1", "get_weather", """{"city": "Atlantis"}"""),
        MockToolCall.Create("call_2", "get_time", """{"city": "Tokyo"}"""),
        MockToolCall.Create("call_3", "get_weather", """{"city": """),
        MockToolCall.Create("call_4", "book_flight", """{"to": "Tokyo"}"""),
        MockToolCall.Create("call_5", "get_forecast", """{"city": "Tokyo"}"""),
        MockToolCall.Create("call_6", "get_weather", """{"city": "New York"}"""));

    public override void Check(Produced produced)
    {
        var messages = Messages(produced, 6, FaultHints.ForMalformedArguments(produced.ExceptionType ?? ""));
        RequireIds(messages, "call_1", "call_2", "call_3", "call_4", "call_5", "call_6");
        RequireError(messages[0].Content, "Unknown city: Atlantis", "The content for call_1 (the function threw)");
        Lesson.RequireJson(messages[1].Content, JsonValue.Create("21:30"), "The content for call_2");
        RequireErrorStartingWith(messages[2].Content, "Invalid arguments for get_weather", "The content for call_3 (broken arguments)");
        RequireError(messages[3].Content, "Unknown function: book_flight", "The content for call_4 (unknown function)",
            CommonMistakes.UnknownFunctionNotHandled);
        RequireError(messages[4].Content, "The forecast service is down for maintenance.", "The content for call_5 (the function threw)");
        Lesson.RequireJson(messages[5].Content, new JsonObject { ["city"] = "New York", ["temperature"] = 18, ["unit"] = "celsius", ["condition"] = "windy" },
            "The content for call_6");
    }
}

[Graded(1, "No calls means an empty list (What to build, 1).")]
public sealed class No_calls_give_no_messages : HiddenTest
{
    public override object? Act() => Process();

    public override void Check(Produced produced) => Messages(produced, 0);
}
