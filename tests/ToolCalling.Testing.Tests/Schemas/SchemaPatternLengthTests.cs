using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// Compiling a regular expression takes time that grows faster than its length, and no match's time limit covers it, so
/// a pattern longer than any real one is refused before anything compiles it.
/// </summary>
public class SchemaPatternLengthTests
{
    // Short words joined by "|", as a list of allowed values written as a pattern would be.
    private static readonly string TooLong = string.Join("|", Enumerable.Range(0, 2001).Select(index => $"w{index % 10}{index / 10:000}"));

    [Fact]
    public void Validate_PatternLongerThanTheValidatorCompiles_IsAnErrorAtThePattern()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("query")["pattern"] = TooLong;

        var error = tool.SingleError();

        error.Path.Should().Be("$.function.parameters.properties.query.pattern");
        error.Message.Should().Be("the regular expression is 12,005 characters long, more than the 10,000 the validator compiles in good time; " +
            "a pattern that long is usually a list of allowed values, which \"enum\" holds better");
    }

    [Fact]
    public void Validate_PatternPropertyLongerThanTheValidatorCompiles_IsAnErrorAtThatKey()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["patternProperties"] = new JsonObject { [TooLong] = new JsonObject { ["type"] = "string" } };

        tool.SingleError().Message.Should().StartWith("the regular expression is 12,005 characters long");
    }

    [Fact]
    public void For_SchemaWithAPatternLongerThanTheValidatorCompiles_IsRefusedNamingWhere()
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["query"] = new JsonObject { ["type"] = "string", ["pattern"] = TooLong } },
        };

        var refusal = FluentActions.Invoking(() => SchemaValidator.For(schema)).Should().Throw<InvalidSchemaException>().Which;

        refusal.Message.Should().StartWith("The schema cannot be used: at $.properties.query.pattern, the regular expression is 12,005 characters long");
    }

    [Fact]
    public void For_SchemaWithAPatternAsLongAsTheValidatorCompiles_Loads()
    {
        var pattern = "^(?:" + TooLong[..(10_000 - 9)] + ")?.*$";
        var schema = new JsonObject { ["type"] = "string", ["pattern"] = pattern };

        SchemaValidator.For(schema).Validate(JsonValue.Create("anything")).Should().BeEmpty();
    }
}
