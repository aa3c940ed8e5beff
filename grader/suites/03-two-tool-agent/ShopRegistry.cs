using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

[Graded(2, "ProcessToolCalls with the shop Registry answers with the shop's data (What to build, steps 1 and 2).", Visibility = Visibility.Visible)]
public sealed class ProcessToolCalls_with_the_shop_registry_returns_shop_data : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.ShopRegistry(),
        Agent.Call("call_user", "lookup_user", """{"user_id": "u42"}"""),
        Agent.Call("call_orders", "get_order_history", """{"user_id": "u42", "limit": 3}"""));

    public override void Check(Produced produced) => Expect.Contents(
        Expect.Messages(produced.ValueOf(Expect.Process, Expect.ArgumentNameHint(produced)), 2), null,
        Expect.Json(Expect.User("u42")), Expect.Json(Expect.Orders("u42", 3)));
}

[Graded(2, "ProcessToolCalls uses the registry it is given, not Registry (What to build, step 2).")]
public sealed class ProcessToolCalls_uses_the_registry_it_is_given : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.Registry(
            ("lookup_user", new RecordingTool(new JsonObject { ["name"] = "Stand-in" })),
            ("get_order_history", new RecordingTool(new JsonArray()))),
        Agent.Call("call_1", "lookup_user", """{"user_id": "u42"}"""),
        Agent.Call("call_2", "get_order_history", """{"user_id": "u42"}"""));

    public override void Check(Produced produced) => Expect.Contents(Expect.Messages(produced.ValueOf(Expect.Process), 2), null,
        new JsonObject { ["name"] = "Stand-in" }, new JsonArray());
}

[Graded(1, "ProcessToolCalls with the shop Registry answers every call of a round with the shop's data or an error (What to build, steps 1 and 2).",
    Visibility = Visibility.AfterDueDate)]
public sealed class A_shop_turn_with_several_calls_is_answered_in_full : HiddenTest
{
    public override object? Act() => Agent.Process(Agent.ShopRegistry(),
        Agent.Call("call_a", "lookup_user", """{"user_id": "u7"}"""),
        Agent.Call("call_b", "get_order_history", """{"user_id": "u7"}"""),
        Agent.Call("call_c", "cancel_order", """{"order_id": "ORD-1"}"""),
        Agent.Call("call_d", "get_order_history", """{"limit": 1, "user_id": "Zoë"}"""),
        Agent.Call("call_e", "lookup_user", """{"user_id": "Zoë"}"""));

    public override void Check(Produced produced) => Expect.Contents(
        Expect.Messages(produced.ValueOf(Expect.Process), 5), null,
        Expect.Json(Expect.User("u7")), Expect.Json(Expect.Orders("u7", 5)), Expect.Error("cancel_order"),
        Expect.Json(Expect.Orders("Zoë", 1)), Expect.Json(Expect.User("Zoë")));
}
