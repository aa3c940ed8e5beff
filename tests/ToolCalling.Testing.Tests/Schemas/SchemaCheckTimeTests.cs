using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// Every check NJsonSchema makes can be slow on its own (a long enum, a pattern just under its time limit), and a schema
/// can repeat it thousands of times; checking one value stops at a time limit in all. The tests give it a short one.
/// </summary>
public class SchemaCheckTimeTests
{
    private static readonly TimeSpan ShortLimit = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Validate_LongEnumThatAllOfRepeats_StopsAtTheTimeLimitWithAViolation()
    {
        // 400 checks against 100,000 values each: far longer than the limit, however fast the machine.
        var codes = new JsonArray(Enumerable.Range(0, 100_000).Select(code => (JsonNode)JsonValue.Create(code)).ToArray());
        var again = new JsonArray(Enumerable.Range(0, 400).Select(_ => (JsonNode)new JsonObject { ["$ref"] = "#/$defs/code" }).ToArray());
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["code"] = new JsonObject { ["allOf"] = again } },
            ["$defs"] = new JsonObject { ["code"] = new JsonObject { ["enum"] = codes } },
        };
        var validator = SchemaValidator.For(schema);

        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(JsonNode.Parse("""{"code": -1}"""), ShortLimit));

        var violation = (await validation.Should().CompleteWithinAsync(HangGuard)).Which.Should().ContainSingle().Which;
        violation.Path.Should().Be("$.code");
        violation.Message.Should().Be("checking the value took more than 0.2 s and was stopped: the schema makes each check slow or repeats it " +
            "many times, for example with a very long enum or slow patterns that allOf, anyOf or \"$ref\" bring in again and again; simplify it");
    }

    [Fact]
    public async Task Validate_ManyPropertyNamesEachSlowToMatch_StopsAtTheTimeLimitInsteadOfMatchingThemUntimed()
    {
        // Each name takes the pattern some milliseconds, well under its own limit of 1 s; 200 of them take seconds.
        var schema = JsonNode.Parse("""{"type": "object", "patternProperties": {"^(a|aa)+$": {"type": "string"}}}""")!;
        var value = new JsonObject();
        for (var index = 0; index < 200; index++)
        {
            value[$"{new string('a', 23)}b{index}"] = "x";
        }

        var validator = SchemaValidator.For(schema);

        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(value, ShortLimit));

        (await validation.Should().CompleteWithinAsync(HangGuard)).Which.Should().ContainSingle()
            .Which.Message.Should().StartWith("checking the value took more than 0.2 s and was stopped");
    }

    [Fact]
    public async Task Validate_LongEnumAgainstALargeValue_IsStoppedBeforeComparingThemAll()
    {
        var schema = new JsonObject { ["enum"] = new JsonArray(Enumerable.Range(0, 50_000).Select(code => (JsonNode)JsonValue.Create($"option {code}")).ToArray()) };
        var large = new JsonArray(Enumerable.Range(0, 100_000).Select(item => (JsonNode)JsonValue.Create(item)).ToArray());

        var validator = SchemaValidator.For(schema);

        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(large));

        (await validation.Should().CompleteWithinAsync(HangGuard)).Which.Should().ContainSingle().Which.Message.Should().StartWith(
            "comparing this value (588,891 characters as JSON) with each of the 50,000 values of \"enum\" is too much work, so the value was not checked");
    }

    [Fact]
    public void Validate_OrdinaryValueUnderTheTimeLimit_IsCheckedAsBefore()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "properties": {"unit": {"enum": ["celsius", "fahrenheit"]}}}""")!);

        validator.Validate(JsonNode.Parse("""{"unit": "kelvin"}"""), ShortLimit)
            .Should().Equal(new SchemaViolation("$.unit", "the value is not one of the allowed values (enum)"));
    }
}
