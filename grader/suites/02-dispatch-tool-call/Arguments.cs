using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "The function receives the parsed arguments object, never the JSON text (What to build, step 2).", Visibility = Visibility.Visible)]
public sealed class Passes_the_parsed_arguments_to_the_function : HiddenTest
{
    private const string Arguments = """{"city": "Paris", "unit": "celsius"}""";

    public override object? Act()
    {
        var weather = new RecordingTool(new { temperature = 22 });
        Dispatch.Run("call_1", "get_weather", Arguments, Dispatch.Registry(("get_weather", weather)));
        return new { received = weather.Received };
    }

    public override void Check(Produced produced) => Expect.ReceivedParsed(produced.ValueOf(Expect.Member)?["received"], Arguments);
}

[Graded(2, "The function receives the parsed arguments object, never the JSON text (What to build, step 2).")]
public sealed class Passes_nested_arguments_unchanged : HiddenTest
{
    private const string Arguments = """
        {"query": "café \"deluxe\" \\ 東京 😀\nsecond line", "filters": {"colors": ["red", "blue"], "size": {"min": 38, "max": 42.5}},
         "in_stock": false, "gift": true, "note": null, "offset": -3, "tags": [], "extra": {}}
        """;

    public override object? Act()
    {
        var search = new RecordingTool(new[] { "result" });
        Dispatch.Run("call_🔍", "search", Arguments, Dispatch.Registry(("search", search)));
        return new { received = search.Received };
    }

    public override void Check(Produced produced) => Expect.ReceivedParsed(produced.ValueOf(Expect.Member)?["received"], Arguments);
}

[Graded(1, "The function receives the parsed arguments object, never the JSON text (What to build, step 2).")]
public sealed class Passes_empty_arguments_as_an_empty_object : HiddenTest
{
    private const string Arguments = "{}";

    public override object? Act()
    {
        var time = new RecordingTool("12:00");
        Dispatch.Run("call_empty", "get_time", Arguments, Dispatch.Registry(("get_time", time)));
        return new { received = time.Received };
    }

    public override void Check(Produced produced) => Expect.ReceivedParsed(produced.ValueOf(Expect.Member)?["received"], Arguments);
}

[Graded(1, "The function receives the parsed arguments object, so it can read each argument (What to build, steps 2 and 3).")]
public sealed class Function_can_read_the_arguments_it_receives : HiddenTest
{
    public override object? Act()
    {
        var read = new List<string>();
        var greet = new RecordingTool(arguments =>
        {
            read.Add($"{arguments.GetProperty("name").GetString()} x{arguments.GetProperty("times").GetInt32()}");
            return "done";
        });
        Dispatch.Run("call_greet", "greet", """{"times": 21, "name": "Zoë"}""", Dispatch.Registry(("greet", greet)));
        return new { read };
    }

    public override void Check(Produced produced)
    {
        var read = produced.ValueOf(Expect.Member)?["read"] as JsonArray;
        var first = read?.Count > 0 ? Expect.Text(read[0]) : null;
        Lesson.Require(first == "Zoë x21",
            "The function must be able to read each argument by name from the object it receives.",
            "the function read name = \"Zoë\" and times = 21", first is null ? "the function was not called" : $"it read {Teaching.Quote(first)}");
    }
}
