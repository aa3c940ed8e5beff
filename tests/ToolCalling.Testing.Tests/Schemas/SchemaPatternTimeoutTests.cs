using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// A pattern that backtracks catastrophically would keep NJsonSchema matching for ever; each match now has a time limit.
/// The generous time guards only keep a broken fix from hanging the test run.
/// </summary>
public class SchemaPatternTimeoutTests
{
    private const string Backtracking = "^(\\w+\\s?)*!$";

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private static readonly string LongQuery = string.Join(" ", Enumerable.Repeat("ergonomic", 25));

    [Fact]
    public async Task Validate_PatternThatBacktracksOnALongString_StopsWithAViolationNamingThePattern()
    {
        var validator = SchemaValidator.For(Query(Backtracking));

        var violations = await ValidateAsync(validator, new JsonObject { ["query"] = LongQuery });

        violations.Should().ContainSingle().Which.Should().Be(new SchemaViolation("$.query",
            "the schema's pattern at $.properties.query.pattern took more than 1 s to match \"ergonomic ergonomic ergonomic ergonomic …\" (249 characters) " +
            "and was stopped: it backtracks catastrophically, trying ever more ways to split the text between nested repetitions such as (\\w+\\s?)*; simplify it"));
    }

    [Fact]
    public async Task Validate_PatternPropertyThatBacktracksOnALongName_StopsWithAViolationAtThatProperty()
    {
        var schema = JsonNode.Parse("""{"type": "object", "patternProperties": {"^(a+)+$": {"type": "string"}}}""")!;
        var name = new string('a', 40) + "!";

        var violations = await ValidateAsync(SchemaValidator.For(schema), new JsonObject { [name] = 1 });

        var violation = violations.Should().ContainSingle().Which;
        violation.Path.Should().Be($"$['{name}']");
        violation.Message.Should().StartWith("the schema's pattern at $.patternProperties['^(a+)+$'] took more than 1 s to match");
    }

    [Fact]
    public async Task Validate_SameBacktrackingPatternOnShortStrings_StillMatchesAsBefore()
    {
        var validator = SchemaValidator.For(Query(Backtracking));

        (await ValidateAsync(validator, new JsonObject { ["query"] = "usb cable!" })).Should().BeEmpty();
        (await ValidateAsync(validator, new JsonObject { ["query"] = "usb cable" })).Should().ContainSingle()
            .Which.Message.Should().Be("the string does not match the pattern");
    }

    [Fact]
    public void For_PatternThatDoesNotCompile_IsRefusedWithItsPath()
    {
        var load = () => SchemaValidator.For(Query("([a-z]+"));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should()
            .StartWith("The schema cannot be used: at $.properties.query.pattern, the regular expression \"([a-z]+\" does not compile: ");
    }

    private static JsonNode Query(string pattern) => new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { ["query"] = new JsonObject { ["type"] = "string", ["pattern"] = pattern } },
    };

    private static async Task<IReadOnlyList<SchemaViolation>> ValidateAsync(SchemaValidator validator, JsonNode value)
    {
        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(value));
        return (await validation.Should().CompleteWithinAsync(HangGuard)).Subject;
    }
}
