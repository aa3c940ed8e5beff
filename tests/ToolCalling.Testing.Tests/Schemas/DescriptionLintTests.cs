using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

public class DescriptionLintTests
{
    [Fact]
    public void Validate_MissingFunctionDescription_IsOnlyAWarningThatTeachesWhy()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function().Remove("description");

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.description");
        problem.Message.Should().Contain("no description").And.Contain("guesses from the name alone when to call search_products");
        problem.Hint.Should().Be(CommonMistakes.VagueDescription);
    }

    [Theory]
    [InlineData("query", "in what form to write it")]
    [InlineData("max_price", "its unit")]
    [InlineData("in_stock", "Say what true and false each mean")]
    [InlineData("category", "\"enum\" already lists the values it can take")]
    public void Validate_ArgumentWithoutDescription_HintAsksWhatItsKindOfValueNeeds(string argument, string hint)
    {
        var tool = SampleTools.SearchProducts();
        tool.Property(argument).Remove("description");

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Path.Should().Be($"$.function.parameters.properties.{argument}");
        problem.Hint.Should().Contain(hint);
    }

    [Theory]
    [InlineData("""{"type": "string"}""")]
    [InlineData("""{"type": "number"}""")]
    [InlineData("""{"type": "integer"}""")]
    [InlineData("""{"type": "boolean"}""")]
    [InlineData("""{"type": "string", "enum": ["red", "green"]}""")]
    [InlineData("""{"type": "array", "items": {"type": "string"}}""")]
    public void Validate_ArgumentWithoutDescriptionInAToolThatSearchesNothing_HintSpeaksOfNoProducts(string schema)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["name"] = "draw_shape";
        tool.Function()["description"] = "Draw a shape on the canvas and return its id.";
        tool.Parameters()["properties"] = new JsonObject { ["color"] = JsonNode.Parse(schema) };
        tool.Parameters().Remove("required");

        var hint = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which.Hint!;

        hint.Should().StartWith("Say what");
        hint.ToLowerInvariant().Should().NotContainAny(["search", "product", "price", "stock", "catalog"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankFunctionDescription_IsAWarning(string description)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["description"] = description;

        ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which.Message.Should().Contain("no description");
    }

    [Fact]
    public void Validate_NullFunctionDescription_IsAWarningNotATypeError()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["description"] = null;

        ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which.Severity.Should().Be(ProblemSeverity.Warning);
    }

    [Theory]
    [InlineData("Search for stuff", "\"stuff\" does not tell the model what is meant")]
    [InlineData("Searches products", "2 words cannot say what the function works on")]
    [InlineData("Search", "1 word cannot say what the function works on")]
    [InlineData("Search products etc.", "\"etc\" does not tell the model")]
    [InlineData("search_products", "it only repeats the function's name")]
    public void Validate_VagueFunctionDescription_WarnsWithTheReason(string description, string reason)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["description"] = description;

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Message.Should().StartWith($"the description \"{description}\" is vague: ").And.Contain(reason);
        problem.Hint.Should().Be(CommonMistakes.VagueDescription);
    }

    [Theory]
    [InlineData("get_weather", "Gets the weather")]
    [InlineData("calculate", "")]
    public void Validate_VagueDescriptionOfAToolThatSearchesNothing_HintDoesNotSpeakOfSearching(string name, string description)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["name"] = name;
        tool.Function()["description"] = description;

        var hint = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which.Hint!;

        hint.Should().Be(CommonMistakes.VagueDescription);
        hint.ToLowerInvariant().Should().NotContain("search");
        hint.Should().Contain("what it returns").And.Contain("when the model should call it");
    }

    [Fact]
    public void Validate_FourWordDescription_IsNotVague()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["description"] = "Search the product catalog";

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }

    [Fact]
    public void Validate_PropertyWithoutDescription_WarnsAtThePropertyPath()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("max_price").Remove("description");

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters.properties.max_price");
        problem.Message.Should().Contain("\"max_price\" has no description");
    }

    [Fact]
    public void Validate_NestedPropertyWithoutDescription_IsFoundToo()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["properties"]!["filters"] = JsonNode.Parse(
            """{"type": "object", "description": "Extra filters", "properties": {"brand": {"type": "string"}}}""");

        ToolDefinitionValidator.Validate(tool).Should().ContainSingle()
            .Which.Path.Should().Be("$.function.parameters.properties.filters.properties.brand");
    }

    [Fact]
    public void Validate_PropertyThatIsAReference_NeedsNoDescriptionOfItsOwn()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["$defs"] = JsonNode.Parse("""{"money": {"type": "number", "description": "An amount in dollars"}}""");
        tool.Parameters()["properties"]!["max_price"] = JsonNode.Parse("""{"$ref": "#/$defs/money"}""");

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }
}
