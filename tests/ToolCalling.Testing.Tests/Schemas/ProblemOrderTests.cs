using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>Whoever reads the problems, a person or a script, meets the errors first, then the warnings, each in the order found.</summary>
public class ProblemOrderTests
{
    [Fact]
    public void Validate_StrictToolWhoseWarningsAreFoundBeforeItsErrors_ListsTheErrorsFirst()
    {
        // The undescribed properties are found before strict mode's checks find the objects that allow extra keys.
        var tool = SampleTools.StrictSearchProducts();
        tool.Parameters().Remove("additionalProperties");
        tool.Property("query").Remove("description");
        tool.Property("max_price").Remove("description");

        var problems = ToolDefinitionValidator.Validate(tool);

        problems.Select(problem => problem.Severity).Should().Equal(ProblemSeverity.Error, ProblemSeverity.Warning, ProblemSeverity.Warning);
        problems.Warnings().Select(problem => problem.Path).Should().Equal(
            "$.function.parameters.properties.query", "$.function.parameters.properties.max_price");
    }

    [Fact]
    public void ValidateAll_WarningsInTheFirstToolAndAnErrorInTheSecond_ListsTheErrorFirst()
    {
        var vague = SampleTools.SearchProducts();
        vague.Function()["description"] = "Search for stuff";
        var misspelt = SampleTools.SearchProducts();
        misspelt.Function()["name"] = "search products";

        var problems = ToolDefinitionValidator.ValidateAll(new JsonArray(vague, misspelt));

        problems.Select(problem => problem.Path).Should().Equal("$[1].function.name", "$[0].function.description");
    }
}
