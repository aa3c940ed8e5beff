using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"dependentRequired" and "dependentSchemas" apply only when the object has the property they name.</summary>
public class SchemaValidatorDependentTests
{
    [Fact]
    public void Validate_DependentRequired_AsksForTheOtherPropertyOnlyWhenTheFirstIsThere()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""{"type": "object", "dependentRequired": {"city": ["country"]}}""")!);

        validator.Validate(JsonNode.Parse("""{"city": "Paris", "country": "FR"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"country": "FR"}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"city": "Paris"}""")).Should().Equal(
            new SchemaViolation("$.country", "the property \"country\" is required when \"city\" is present (dependentRequired)"));
    }

    [Fact]
    public void Validate_DependentSchemas_AppliesTheSchemaOnlyWhenThePropertyIsThere()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("""
            {"type": "object", "dependentSchemas": {"discount": {"properties": {"price": {"minimum": 1}}, "required": ["price"]}}}
            """)!);

        validator.Validate(JsonNode.Parse("""{"price": 0}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"discount": 10, "price": 5}""")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""{"discount": 10, "price": 0}""")).Should().Equal(
            new SchemaViolation("$", "the object has \"discount\", so it must also match dependentSchemas[\"discount\"], which it does not"),
            new SchemaViolation("$.price", "the number is below the minimum"));
    }

    [Theory]
    [InlineData("""{"dependentRequired": ["city"]}""", "$.dependentRequired",
        "\"dependentRequired\" must be an object that maps property names to lists of names, but it is an array")]
    [InlineData("""{"dependentRequired": {"city": "country"}}""", "$.dependentRequired",
        "\"dependentRequired\" must list names of properties for \"city\", but it holds \"country\"")]
    [InlineData("""{"dependentSchemas": {"city": true}}""", "$.dependentSchemas.city", "a schema must be an object, but this is a boolean")]
    public void For_DependentKeywordOfTheWrongShape_IsRefusedWhereItIs(string schema, string path, string problem)
    {
        var load = () => SchemaValidator.For(JsonNode.Parse(schema)!);

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().StartWith($"The schema cannot be used: at {path}, {problem}");
    }
}
