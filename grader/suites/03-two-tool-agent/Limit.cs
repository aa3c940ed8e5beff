using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;

namespace Suites.TwoToolAgent;

[Graded(2, "The get_order_history tool passes user_id and limit to Shop.GetOrderHistory and returns what it returns (What to build, step 1).",
    Visibility = Visibility.Visible)]
public sealed class Order_history_tool_passes_the_limit_to_the_shop : HiddenTest
{
    public override object? Act() => Agent.RunShopTool("get_order_history", """{"user_id": "u123", "limit": 2}""");

    public override void Check(Produced produced) =>
        Expect.SameData(produced.ValueOf("The get_order_history tool", Expect.ArgumentNameHint(produced)), Expect.Orders("u123", 2), "What get_order_history returned for limit 2");
}

[Graded(2, "The get_order_history tool passes user_id and limit to Shop.GetOrderHistory and returns what it returns (What to build, step 1).")]
public sealed class Order_history_tool_passes_other_limits_to_the_shop : HiddenTest
{
    private static readonly (string UserId, int Limit)[] Requests = [("u7", 1), ("u42", 3), ("Zoë", 8), ("用户_9", 6)];

    // Key order varies too: the arguments are an object, not a sequence.
    public override object? Act() => Requests
        .Select((request, index) => index % 2 == 0
            ? new JsonObject { ["user_id"] = request.UserId, ["limit"] = request.Limit }
            : new JsonObject { ["limit"] = request.Limit, ["user_id"] = request.UserId })
        .Select(arguments => Agent.RunShopTool("get_order_history", arguments.ToJsonString()))
        .ToArray();

    public override void Check(Produced produced)
    {
        var results = Expect.Results(produced.ValueOf("The get_order_history tool", Expect.ArgumentNameHint(produced)), Requests.Length);
        for (var index = 0; index < Requests.Length; index++)
        {
            var (userId, limit) = Requests[index];
            Expect.SameData(results[index], Expect.Orders(userId, limit), $"What get_order_history returned (request {index + 1})");
        }
    }
}

[Graded(1, "The get_order_history tool passes the limit it is given to Shop.GetOrderHistory, whatever its size (What to build, step 1).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Order_history_tool_leaves_large_limits_to_the_shop : HiddenTest
{
    public override object? Act() => new[]
    {
        Agent.RunShopTool("get_order_history", """{"user_id": "u9", "limit": 12}"""),
        Agent.RunShopTool("get_order_history", """{"user_id": "u9", "limit": 100}"""),
    };

    public override void Check(Produced produced)
    {
        var results = Expect.Results(produced.ValueOf("The get_order_history tool", Expect.ArgumentNameHint(produced)), 2);
        Expect.SameData(results[0], Expect.Orders("u9", 12), "What get_order_history returned for a limit above eight");
        Expect.SameData(results[1], Expect.Orders("u9", 100), "What get_order_history returned for a limit above eight");
    }
}

[Graded(2, "Without a limit argument, get_order_history asks the shop for 5 orders: limit is optional (What to build, step 1).",
    Visibility = Visibility.Visible)]
public sealed class Order_history_tool_returns_five_orders_when_no_limit_is_given : HiddenTest
{
    public override object? Act() => Agent.RunWithoutLimit("u123");

    public override void Check(Produced produced) => Expect.DefaultOrders(
        Expect.ResultWithoutLimit(produced.ValueOf("The get_order_history tool").Deserialize<WithoutLimit>()!),
        "u123", "What get_order_history returned without a limit (the default is 5)");
}

[Graded(1, "Without a limit argument, get_order_history asks the shop for 5 orders: limit is optional (What to build, step 1).")]
public sealed class Order_history_tool_uses_five_for_every_user_without_a_limit : HiddenTest
{
    private static readonly string[] UserIds = ["u7", "ユーザー", "Zoë-Ω", "order-" + new string('x', 150)];

    public override object? Act() => UserIds.Select(Agent.RunWithoutLimit).ToArray();

    public override void Check(Produced produced)
    {
        var runs = produced.ValueOf("The get_order_history tool").Deserialize<WithoutLimit[]>()!;
        for (var index = 0; index < UserIds.Length; index++)
        {
            Expect.DefaultOrders(Expect.ResultWithoutLimit(runs[index]), UserIds[index], $"What get_order_history returned without a limit (user {index + 1})");
        }
    }
}
