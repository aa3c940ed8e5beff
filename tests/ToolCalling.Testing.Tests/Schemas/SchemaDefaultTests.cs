using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>"default" is never validated, yet the model reads it: check-schema warns when it could not be a valid argument.</summary>
public class SchemaDefaultTests
{
    [Fact]
    public void Validate_DefaultOfAnotherType_IsAWarningAtTheDefault()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("max_price")["default"] = "100";

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters.properties.max_price.default");
        problem.Message.Should().Be("the default \"100\" is a string, but \"type\" is \"number\"; " +
            "the model may send the default as the argument, and it would fail the schema");
        problem.Hint.Should().Contain("declared type");
    }

    [Fact]
    public void Validate_DefaultOutsideTheEnum_IsAWarningAtTheDefault()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("category")["default"] = "garden";

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters.properties.category.default");
        problem.Message.Should().StartWith("the default \"garden\" is not one of the \"enum\" values");
    }

    [Theory]
    [InlineData("max_price", "100")]
    [InlineData("max_price", "99.5")]
    [InlineData("category", "\"books\"")]
    public void Validate_DefaultThatIsAValidArgument_IsNotReported(string property, string value)
    {
        var tool = SampleTools.SearchProducts();
        tool.Property(property)["default"] = JsonNode.Parse(value);

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }
}
