using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>A schema written by hand may hold a key twice; the validator reads it as the API does, the last copy winning.</summary>
public class SchemaValidatorRepeatedKeyTests
{
    private const string Schema = """{"type": "object", "properties": {"price": {"type": "string", "type": "number"}}}""";

    [Fact]
    public void Validate_KeyWrittenTwiceInTheSchema_UsesTheLastCopy()
    {
        var validator = SchemaValidator.For(JsonNode.Parse(Schema)!);

        validator.Validate(JsonNode.Parse("""{"price": 9.5}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"price": "cheap"}""")).Select(violation => violation.ToString()).Should().Equal("$.price: expected a number");
    }
}
