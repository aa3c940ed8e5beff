using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>Every violation names the part of the value it is about, however the value nests and its properties are named.</summary>
public class SchemaViolationPathTests
{
    private const string ArrayOfArraysOfIntegers =
        """{"type": "object", "properties": {"matrix": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}}}""";

    [Fact]
    public void Validate_ArrayOfArrays_NamesTheItemByBothIndexes()
    {
        var violations = Validate(ArrayOfArraysOfIntegers, """{"matrix": [[1, 2], [3, "x"]]}""");

        violations.Should().Contain(new SchemaViolation("$.matrix[1][1]", "expected an integer"));
        violations.Select(violation => violation.Path).Should().OnlyContain(path => "$.matrix[1][1]".StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ArrayAtTheRoot_NamesTheItemByItsIndex()
    {
        var violations = Validate("""{"type": "array", "items": {"type": "integer"}}""", """[1, "x"]""");

        violations.Should().Contain(new SchemaViolation("$[1]", "expected an integer"));
        violations.Select(violation => violation.Path).Should().OnlyContain(path => path == "$[1]");
    }

    [Theory]
    [InlineData("max.price", "$['max.price']")]
    [InlineData("0", "$['0']")]
    [InlineData("12", "$['12']")]
    [InlineData("x[1]", "$['x[1]']")]
    [InlineData("[0]", "$['[0]']")]
    [InlineData("in/out", "$['in/out']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("say \"hi\"", "$['say \"hi\"']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("line\nbreak", "$['line\\nbreak']")]
    [InlineData("a~0b~1c", "$['a~0b~1c']")]
    [InlineData("prix_café", "$['prix_café']")]
    [InlineData("", "$['']")]
    [InlineData("max_price", "$.max_price")]
    public void Validate_PropertyWithAnyName_IsNamedInBrackets(string name, string path)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "integer" } } };

        var violations = SchemaValidator.For(schema).Validate(new JsonObject { [name] = "x" });

        violations.Should().Equal(new SchemaViolation(path, "expected an integer"));
    }

    [Fact]
    public void Validate_MissingRequiredPropertyWithADot_NamesItOnItsObject()
    {
        var violations = Validate("""{"type": "object", "properties": {"filters": {"type": "object", "required": ["max.price"]}}}""", """{"filters": {}}""");

        violations.Should().Equal(new SchemaViolation("$.filters['max.price']", "the required property \"max.price\" is missing", MissingProperty: "max.price"));
    }

    [Fact]
    public void Validate_PropertyNotAllowedInsideAnArray_NamesTheItemAndTheProperty()
    {
        var schema = """{"type": "array", "items": {"type": "object", "properties": {}, "additionalProperties": false}}""";

        var violations = Validate(schema, """[{}, {"a.b": 1}]""");

        violations.Should().Contain(new SchemaViolation("$[1]['a.b']", "the property \"a.b\" is not allowed"));
        violations.Select(violation => violation.Path).Should().OnlyContain(path => "$[1]['a.b']".StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PatternPropertiesAndAdditionalProperties_NameTheProperty()
    {
        var schema = """{"type": "object", "patternProperties": {"^p": {"type": "integer"}}, "additionalProperties": {"type": "integer"}}""";

        var violations = Validate(schema, """{"p.q": "x", "z[0]": "y"}""");

        violations.Should().Contain(new SchemaViolation("$['p.q']", "expected an integer"));
        violations.Should().Contain(new SchemaViolation("$['z[0]']", "expected an integer"));
        violations.Select(violation => violation.Path).Should().OnlyContain(path => path == "$['p.q']" || path == "$['z[0]']");
    }

    [Fact]
    public void Validate_InsideAnyOf_KeepsTheFullPath()
    {
        var schema = """
            {"type": "object", "properties": {"o": {"anyOf": [{"type": "object", "properties": {"a b": {"type": "array", "items": {"type": "string"}}}}]}}}
            """;

        var violations = Validate(schema, """{"o": {"a b": [1]}}""");

        violations.Should().Contain(new SchemaViolation("$.o['a b'][0]", "expected a string"));
        violations.Should().Contain(new SchemaViolation("$.o", "the value matches none of the anyOf schemas"));
    }

    [Fact]
    public void Validate_ItemBeyondATuple_NamesItsIndex()
    {
        var schema = """{"type": "object", "properties": {"pair": {"type": "array", "items": [{"type": "string"}], "additionalItems": false}}}""";

        var violations = Validate(schema, """{"pair": ["a", 1]}""");

        violations.Select(violation => violation.Path).Should().Equal("$.pair[1]");
    }

    private static IReadOnlyList<SchemaViolation> Validate(string schema, string value) =>
        SchemaValidator.For(JsonNode.Parse(schema)!).Validate(JsonNode.Parse(value));
}
