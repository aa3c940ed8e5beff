using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

[Graded(2, "Each message's content is the result of its own call, serialized as JSON (What to build, step 2).", Visibility = Visibility.Visible)]
public sealed class ProcessToolCalls_puts_each_result_in_its_own_message : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.WeatherAndTime(),
        Agent.Call("call_oslo", "get_weather", """{"city": "Oslo"}"""),
        Agent.Call("call_lima", "get_weather", """{"city": "Lima"}"""));

    public override void Check(Produced produced) => Expect.Contents(Expect.Messages(produced.ValueOf(Expect.Process), 2),
        null, Expect.WeatherIn("Oslo"), Expect.WeatherIn("Lima"));
}

[Graded(2, "Each function receives its call's arguments parsed into an object, as in exercise 2 (What to build, step 2).")]
public sealed class Arguments_are_parsed_before_the_function_runs : HiddenTest
{
    private const string Nested = """{"filters": {"tags": ["a", "ü"], "max": 9.5}, "flag": false, "note": null, "text": "q\"uote\\ 😀\n"}""";

    public override object? Act()
    {
        var record = new RecordingTool("ok");
        var registry = Agent.WeatherAndTime();
        registry["record"] = record.Function;
        var messages = Agent.Process(registry,
            Agent.Call("call_1", "get_weather", """{"city": "Reykjavík"}"""),
            Agent.Call("call_2", "record", Nested),
            Agent.Call("call_3", "record", "{}"));
        return new { messages, received = record.Received };
    }

    public override void Check(Produced produced)
    {
        var value = produced.ValueOf(Expect.Process);
        var messages = Expect.Messages(value?["messages"], 3);
        Expect.Contents(messages, null, Expect.WeatherIn("Reykjavík"));
        var received = value?["received"] as JsonArray ?? [];
        var expected = new JsonArray(JsonNode.Parse(Nested), new JsonObject());
        var difference = JsonEquivalence.FindDifference(expected, received);
        Lesson.Require(difference is null,
            $"The functions must receive each call's arguments as a parsed object, but {difference}.",
            JsonText.Show(expected), JsonText.Show(received),
            received.Any(call => call?.GetValueKind() == System.Text.Json.JsonValueKind.String) ? CommonMistakes.ArgumentsNotParsed : null);
    }
}

[Graded(2, "Every kind of result is serialized as JSON: objects, arrays, numbers, booleans and null (What to build, step 2).")]
public sealed class Contents_are_json_for_every_kind_of_result : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.Registry(
            ("object", new RecordingTool(new { user = new { id = "u1", tags = new[] { "vip" } }, active = true, score = 4.5m, coupon = (string?)null })),
            ("array", new RecordingTool(new object[] { 1, "two", new { three = 3 }, Array.Empty<int>() })),
            ("yes", new RecordingTool(true)), ("no", new RecordingTool(false)), ("nothing", new RecordingTool((object?)null)),
            ("count", new RecordingTool(42)), ("price", new RecordingTool(19.99m)), ("delta", new RecordingTool(-0.5))),
        Agent.Call("c1", "object"), Agent.Call("c2", "array"), Agent.Call("c3", "yes"), Agent.Call("c4", "no"),
        Agent.Call("c5", "nothing"), Agent.Call("c6", "count"), Agent.Call("c7", "price"), Agent.Call("c8", "delta"));

    // No hint named here: a result that is not JSON is recognised as such when its content is parsed.
    public override void Check(Produced produced) => Expect.Contents(Expect.Messages(produced.ValueOf(Expect.Process), 8), null,
        JsonNode.Parse("""{"user": {"id": "u1", "tags": ["vip"]}, "active": true, "score": 4.5, "coupon": null}"""),
        JsonNode.Parse("""[1, "two", {"three": 3}, []]"""),
        true, false, null, 42, 19.99m, -0.5);
}

[Graded(2, "Text results are serialized too, so each content is a JSON string, even text that looks like JSON (What to build, step 2).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Text_results_become_json_strings : HiddenTest
{
    private static readonly string[] Texts =
        ["Sunny", "She said \"hi\" in C:\\temp\nthen left", "Crème brûlée, 東京, 😀", "{\"a\":1}", "[1, 2]", ""];

    public override object? Act() => Agent.Process(
        Texts.Select((text, index) => ($"text_{index}", new RecordingTool(text))).ToDictionary(tool => tool.Item1, tool => tool.Item2.Function),
        Texts.Select((_, index) => Agent.Call($"call_{index}", $"text_{index}")).ToArray());

    public override void Check(Produced produced) => Expect.Contents(Expect.Messages(produced.ValueOf(Expect.Process), Texts.Length),
        CommonMistakes.ResultNotJson, Texts.Select(text => (JsonNode?)JsonValue.Create(text)).ToArray());
}
