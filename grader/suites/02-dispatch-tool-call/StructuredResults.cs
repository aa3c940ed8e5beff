using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.DispatchToolCall;

[Graded(2, "The function's result is returned serialized as JSON (What to build, step 4).", Visibility = Visibility.Visible)]
public sealed class Returns_the_function_result_serialized_as_json : HiddenTest
{
    public override object? Act() => Dispatch.Run("call_1", "get_weather", """{"city": "Paris", "unit": "celsius"}""",
        Dispatch.Registry(("get_weather", new RecordingTool(new { city = "Paris", temperature = 22, unit = "celsius", sunny = true }))));

    public override void Check(Produced produced) => Lesson.RequireJson(produced.TextOf(Expect.Member),
        new JsonObject { ["city"] = "Paris", ["temperature"] = 22, ["unit"] = "celsius", ["sunny"] = true }, "The result of DispatchToolCall");
}

[Graded(2, "Objects and arrays, nested or not, survive the trip as JSON (What to build, step 4).")]
public sealed class Returns_nested_objects_and_arrays_as_json : HiddenTest
{
    public override object? Act() => Dispatch.Returning(new
    {
        order = new
        {
            id = "A-17",
            lines = new object[] { new { sku = "cable", qty = 2, price = 9.99m }, new { sku = "lamp", qty = 1, price = 24.5 } },
            paid = true,
            gift = false,
            note = (string?)null,
            tags = Array.Empty<string>(),
            meta = new Dictionary<string, object?> { ["source"] = "web", ["coupon"] = null },
        },
        total = 44.48m,
        count = 3,
    });

    public override void Check(Produced produced) => Lesson.RequireJson(produced.TextOf(Expect.Member), JsonNode.Parse("""
        {"order": {"id": "A-17", "lines": [{"sku": "cable", "qty": 2, "price": 9.99}, {"sku": "lamp", "qty": 1, "price": 24.5}],
                   "paid": true, "gift": false, "note": null, "tags": [], "meta": {"source": "web", "coupon": null}},
         "total": 44.48, "count": 3}
        """), "The result of DispatchToolCall for a nested object", CommonMistakes.ResultNotJson);
}

[Graded(2, "Numbers, booleans and null are returned as JSON too (What to build, step 4).")]
public sealed class Returns_numbers_booleans_and_null_as_json : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Returning(42), Dispatch.Returning(-7), Dispatch.Returning(3.75m), Dispatch.Returning(0.1),
        Dispatch.Returning(1234567890123L), Dispatch.Returning(true), Dispatch.Returning(false), Dispatch.Returning(null),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result of DispatchToolCall", CommonMistakes.ResultNotJson,
        42, -7, 3.75m, 0.1, 1234567890123L, true, false, null);
}

[Graded(1, "Arrays are returned as JSON arrays (What to build, step 4).")]
public sealed class Returns_an_array_result_as_a_json_array : HiddenTest
{
    public override object? Act() => new[]
    {
        Dispatch.Returning(new[] { "Oslo", "Lima", "Pune" }),
        Dispatch.Returning(new List<int> { 3, 1, 2 }),
        Dispatch.Returning(new object[] { new { id = 1 }, new { id = 2, done = true } }),
        Dispatch.Returning(Array.Empty<int>()),
    };

    public override void Check(Produced produced) => Expect.Results(produced, "The result of DispatchToolCall for an array", CommonMistakes.ResultNotJson,
        new JsonArray("Oslo", "Lima", "Pune"), new JsonArray(3, 1, 2),
        JsonNode.Parse("""[{"id": 1}, {"id": 2, "done": true}]"""), new JsonArray());
}
