using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.TwoToolAgent;

[Graded(1, "Registry maps \"lookup_user\" and \"get_order_history\" to tool functions (What to build, step 1).", Visibility = Visibility.Visible)]
public sealed class Registry_offers_both_shop_tools : HiddenTest
{
    public override object? Act() => Agent.ShopRegistry()?.Keys.ToArray();

    public override void Check(Produced produced)
    {
        var keys = (produced.ValueOf("Registry") as JsonArray)?
            .Select(key => key is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null)
            .ToList() ?? [];
        string[] names = ["lookup_user", "get_order_history"];
        Lesson.Require(names.All(keys.Contains),
            "The registry must map both tool names to tool functions: the model calls tools by these names.",
            "keys \"lookup_user\" and \"get_order_history\"",
            keys.Count == 0 ? "no keys" : $"keys: {string.Join(", ", keys.Select(Teaching.Quote))}");
    }
}

[Graded(2, "The lookup_user tool returns what Shop.LookupUser returns for the user_id argument (What to build, step 1).", Visibility = Visibility.Visible)]
public sealed class Lookup_user_tool_returns_the_shop_user : HiddenTest
{
    public override object? Act() => Agent.RunShopTool("lookup_user", """{"user_id": "u123"}""");

    public override void Check(Produced produced) =>
        Expect.SameData(produced.ValueOf("The lookup_user tool", Expect.ArgumentNameHint(produced)), Expect.User("u123"), "What the lookup_user tool returned");
}

[Graded(1, "The lookup_user tool returns what Shop.LookupUser returns for the user_id argument (What to build, step 1).")]
public sealed class Lookup_user_tool_works_for_unusual_user_ids : HiddenTest
{
    private static readonly string[] UserIds =
        ["Zoë-Ω", "用户_42", "u 1 \"quoted\"", "back\\slash", "😀", "x", "user-" + new string('7', 300)];

    public override object? Act() => UserIds.Select(id => Agent.RunShopTool("lookup_user", new JsonObject { ["user_id"] = id }.ToJsonString())).ToArray();

    public override void Check(Produced produced)
    {
        var results = Expect.Results(produced.ValueOf("The lookup_user tool", Expect.ArgumentNameHint(produced)), UserIds.Length);
        for (var index = 0; index < UserIds.Length; index++)
        {
            Expect.SameData(results[index], Expect.User(UserIds[index]), $"What the lookup_user tool returned (user {index + 1})");
        }
    }
}
