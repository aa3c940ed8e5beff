using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>The formats the validator checks, and what check-schema says about a format it does not.</summary>
public class CheckedFormatsTests
{
    public static TheoryData<string> Checked() => [.. CheckedFormats.Names];

    [Theory]
    [MemberData(nameof(Checked))]
    public void Validate_FormatListedAsChecked_RejectsAStringOfTheWrongShape(string format)
    {
        var validator = SchemaValidator.For(new JsonObject { ["type"] = "string", ["format"] = format });

        validator.Validate(JsonValue.Create("%% not a thing %%")).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("uri-reference")]
    [InlineData("json-pointer")]
    [InlineData("phone")]
    public void Validate_FormatTheValidatorDoesNotCheck_IsAWarningAtTheFormat(string format)
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("query")["format"] = format;

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters.properties.query.format");
        problem.Message.Should().Be($"the validator the tests use does not check the format \"{format}\", so a string of any shape passes as one");
    }

    [Theory]
    [InlineData("date")]
    [InlineData("duration")]
    public void Validate_FormatTheValidatorChecks_IsNotReported(string format)
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("query")["format"] = format;

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }
}
