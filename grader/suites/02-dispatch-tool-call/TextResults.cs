using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "A text result is returned as a JSON string, quotes and all (What to build, step 4).", Visibility = Visibility.Visible)]
public sealed class Returns_a_text_result_as_a_json_string : HiddenTest
{
    public override object? Act() => Dispatch.Run("call_1", "get_forecast", """{"city": "Rome"}""",
        Dispatch.Registry(("get_forecast", new RecordingTool("Sunny, 24°C"))));

    public override void Check(Produced produced) => Lesson.RequireJson(produced.TextOf(Expect.Member), JsonValue.Create("Sunny, 24°C"),
        "The result of DispatchToolCall (a JSON string, quotes included)", CommonMistakes.ResultNotJson);
}

[Graded(1, "Text with quotes, backslashes and line breaks survives the trip as a JSON string (What to build, step 4).")]
public sealed class Returns_text_with_quotes_backslashes_and_newlines_as_a_json_string : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Returning("She said \"hi\" to C:\\temp\\new"),
        Dispatch.Returning("line 1\nline 2\r\n\ttabbed"),
        Dispatch.Returning(""),
        Dispatch.Returning("\\\"\\"),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result of DispatchToolCall for a text", CommonMistakes.ResultNotJson,
        "She said \"hi\" to C:\\temp\\new", "line 1\nline 2\r\n\ttabbed", "", "\\\"\\");
}

[Graded(1, "Text in any language survives the trip as JSON (What to build, step 4).")]
public sealed class Returns_non_english_text_intact : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Returning("Crème brûlée à Zürich"),
        Dispatch.Returning("東京タワー 333 m"),
        Dispatch.Returning("Ωμέγα — “curly” ‘quotes’ 😀👍🏽"),
        Dispatch.Returning(new Dictionary<string, string> { ["città"] = "Zürich", ["城市"] = "北京", ["emoji"] = "🌧️" }),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result of DispatchToolCall for non-English text",
        CommonMistakes.ResultNotJson,
        "Crème brûlée à Zürich", "東京タワー 333 m", "Ωμέγα — “curly” ‘quotes’ 😀👍🏽",
        new JsonObject { ["città"] = "Zürich", ["城市"] = "北京", ["emoji"] = "🌧️" });
}

[Graded(2, "Every kind of result is serialized, text included, even text that looks like JSON (What to build, step 4).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Returns_json_looking_text_as_a_json_string : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Returning("{\"a\":1}"), Dispatch.Returning("[1, 2]"), Dispatch.Returning("42"), Dispatch.Returning("null"),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result of DispatchToolCall for a text that looks like JSON",
        CommonMistakes.ResultNotJson, "{\"a\":1}", "[1, 2]", "42", "null");
}
