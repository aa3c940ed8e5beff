using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

[Graded(2, "ProcessToolCalls answers every call, in order, with a message carrying that call's own id (What to build, step 2).",
    Visibility = Visibility.Visible)]
public sealed class ProcessToolCalls_answers_every_call_in_order : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.WeatherAndTime(),
        Agent.Call("call_a", "get_weather", """{"city": "Oslo"}"""),
        Agent.Call("call_b", "get_weather", """{"city": "Lima"}"""),
        Agent.Call("call_c", "get_time", """{"city": "Oslo"}"""));

    public override void Check(Produced produced) =>
        Expect.Ids(Expect.Messages(produced.ValueOf(Expect.Process), 3), "call_a", "call_b", "call_c");
}

[Graded(2, "ProcessToolCalls answers every call, in order, with a message carrying that call's own id (What to build, step 2).")]
public sealed class Each_message_carries_the_id_of_its_own_call : HiddenTest
{
    private static readonly string[] Ids =
    [
        "call_Ω_1", "call_" + new string('k', 200), "call:with/punctuation?&#=\"'", "😀", "toolu_01A09q90qw90lq917835lq9",
        "call_same_1", "call_same_2", "CALL_A",
    ];

    // The tools return JSON objects and read nothing, so only the ids decide this test.
    public override object? Act() => Agent.Process(Agent.Registry(
            ("get_time", new RecordingTool(new JsonObject { ["time"] = "09:30" })),
            ("get_weather", new RecordingTool(new JsonObject { ["sky"] = "clear" }))),
        Agent.Call(Ids[0], "get_time"),
        Agent.Call(Ids[1], "get_weather", """{"city": "Nairobi"}"""),
        Agent.Call(Ids[2], "get_time", """{"city": "Oslo"}"""),
        Agent.Call(Ids[3], "get_weather", """{"city": "Hà Nội"}"""),
        Agent.Call(Ids[4], "get_time"),
        Agent.Call(Ids[5], "get_weather", """{"city": "Lima"}"""),
        Agent.Call(Ids[6], "get_weather", """{"city": "Lima"}"""),
        Agent.Call(Ids[7], "get_time"));

    public override void Check(Produced produced) => Expect.Ids(Expect.Messages(produced.ValueOf(Expect.Process), Ids.Length), Ids);
}

[Graded(1, "No tool calls means an empty list of messages (What to build, step 2).", Visibility = Visibility.Visible)]
public sealed class ProcessToolCalls_with_no_calls_returns_no_messages : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.WeatherAndTime());

    public override void Check(Produced produced) => Expect.Messages(produced.ValueOf(Expect.Process), 0);
}
