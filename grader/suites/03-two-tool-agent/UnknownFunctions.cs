using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

[Graded(2, "A function that is not in the registry gets {\"error\": \"Unknown function: <name>\"}, and the other calls are still answered (What to build, step 2).",
    Visibility = Visibility.Visible)]
public sealed class ProcessToolCalls_answers_an_unknown_function_with_an_error_and_carries_on : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.WeatherAndTime(),
        Agent.Call("call_1", "get_stock_price", """{"symbol": "ACME"}"""),
        Agent.Call("call_2", "get_time", """{"city": "Oslo"}"""));

    public override void Check(Produced produced) => Expect.Contents(
        Expect.Messages(produced.ValueOf(Expect.Process, Expect.UnknownFunctionHint(produced)), 2),
        null, Expect.Error("get_stock_price"), JsonValue.Create("09:30"));
}

[Graded(2, "A function that is not in the registry gets {\"error\": \"Unknown function: <name>\"}, and the other calls are still answered (What to build, step 2).")]
public sealed class Unknown_functions_mixed_with_known_ones_keep_their_places : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.Registry(
            ("get_time", new RecordingTool(new JsonObject { ["time"] = "09:30" })),
            ("get_weather", new RecordingTool(new JsonObject { ["sky"] = "rain" }))),
        Agent.Call("call_1", "fly-to-moon-2"),
        Agent.Call("call_2", "get_time"),
        Agent.Call("call_3", "Get_Time", """{"city": "Oslo"}"""),
        Agent.Call("call_4", "get_weather", """{"city": "Perth"}"""),
        Agent.Call("call_5", "天気"),
        Agent.Call("call_6", "say \"hi\"", """{"to": "you"}"""));

    public override void Check(Produced produced) => Expect.Contents(
        Expect.Messages(produced.ValueOf(Expect.Process, Expect.UnknownFunctionHint(produced)), 6),
        null,
        Expect.Error("fly-to-moon-2"), new JsonObject { ["time"] = "09:30" }, Expect.Error("Get_Time"), new JsonObject { ["sky"] = "rain" },
        Expect.Error("天気"), Expect.Error("say \"hi\""));
}
