using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

public class ToolDefinitionValidatorTests
{
    [Fact]
    public void Validate_CourseSearchProductsTool_HasNoProblems() =>
        ToolDefinitionValidator.Validate(SampleTools.SearchProducts()).Should().BeEmpty();

    [Fact]
    public void Validate_CourseSearchProductsToolInStrictMode_HasNoProblems() =>
        ToolDefinitionValidator.Validate(SampleTools.StrictSearchProducts()).Should().BeEmpty();

    [Fact]
    public void Validate_ToolReadThroughJsonInput_HasNoProblems() =>
        ToolDefinitionValidator.Validate(JsonInput.Parse(SampleTools.SearchProductsJson, "tool.json")).Should().BeEmpty();

    [Fact]
    public void Validate_KeyWrittenTwice_IsAnErrorAtItsObjectAndTheRestIsCheckedOnTheLastCopy()
    {
        var text = SampleTools.SearchProductsJson.Replace("\"type\": \"function\"", "\"type\": \"tool\", \"type\": \"function\"", StringComparison.Ordinal);

        var problems = ToolDefinitionValidator.Validate(JsonNode.Parse(text));

        var error = problems.Should().ContainSingle().Which;
        error.Severity.Should().Be(ProblemSeverity.Error);
        error.Path.Should().Be("$");
        error.Message.Should().Be("the key \"type\" appears twice in this object");
        error.Hint.Should().StartWith("Remove one copy");
    }

    [Fact]
    public void ValidateAll_EmptyList_IsRejectedInTheApiWords()
    {
        var error = ToolDefinitionValidator.ValidateAll([]).Should().ContainSingle().Which;

        error.Severity.Should().Be(ProblemSeverity.Error);
        error.Path.Should().Be("$");
        error.Message.Should().Be("Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.");
        error.Rejection.Should().Be(new ApiRejection("empty_array", "tools"));
    }

    [Fact]
    public void ValidateAll_TwoToolsWithOneName_WarnsAtTheSecond()
    {
        var tools = new JsonArray(SampleTools.SearchProducts(), "not a tool", SampleTools.SearchProducts());

        var warning = ToolDefinitionValidator.ValidateAll(tools).Should().ContainSingle(problem => problem.Severity == ProblemSeverity.Warning
            && problem.Message.Contains("same name")).Which;

        warning.Path.Should().Be("$[2].function.name");
        warning.Message.Should().Be("tools[2] has the same name as tools[0], \"search_products\": a tool call names only its function, so the two cannot be told apart");
    }

    [Fact]
    public void ValidateAll_SecondToolWithoutFunction_IsNamedByItsIndex()
    {
        var tools = new JsonArray(SampleTools.SearchProducts(), new JsonObject { ["type"] = "function" });

        var error = ToolDefinitionValidator.ValidateAll(tools).Errors().Should().ContainSingle().Which;

        error.Path.Should().StartWith("$[1]");
        error.Message.Should().Contain("tools[1]");
    }

    [Fact]
    public void ValidateAll_ManyToolsWithProblems_ListsTheFirstProblemsOfAllOfThemAndCountsTheRest()
    {
        // Each tool has one error (a misspelt type) and two warnings (no description for the function or its argument).
        var tools = new JsonArray(Enumerable.Range(0, 150).Select(index => (JsonNode)new JsonObject
        {
            ["type"] = "function",
            ["function"] = new JsonObject
            {
                ["name"] = $"tool_{index}",
                ["parameters"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "strin" } },
                },
            },
        }).ToArray());

        var problems = ToolDefinitionValidator.ValidateAll(tools);

        problems.Should().HaveCount(200, "a report lists at most 200 problems, whether they are found in one tool or in many");
        problems.Errors().Should().HaveCount(150, "no error is hidden behind warnings");
        problems.Unlisted.Should().Be(new UnlistedProblems(0, 250));
        (problems.ErrorCount, problems.WarningCount).Should().Be((150, 300));
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "an array")]
    [InlineData("\"search_products\"", "a string")]
    public void Validate_ToolThatIsNotAnObject_UsesTheApiWording(string json, string kind)
    {
        var error = JsonNode.Parse(json).SingleError();

        error.Message.Should().Be($"Invalid type for 'tools[0]': expected an object, but got {kind} instead.");
        error.Path.Should().Be("$");
        error.Rejection.Should().Be(new ApiRejection("invalid_type", "tools[0]"));
    }

    [Fact]
    public void Validate_MissingType_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Remove("type");

        var error = tool.SingleError();

        error.Message.Should().Be("Missing required parameter: 'tools[0].type'.");
        error.Path.Should().Be("$.type");
    }

    [Fact]
    public void Validate_TypeFunctions_UsesTheApiWordingAndSaysToWriteFunction()
    {
        var tool = SampleTools.SearchProducts();
        tool["type"] = "functions";

        var error = tool.SingleError();

        error.Message.Should().Be("Invalid value: 'functions'. Supported values are: 'function' and 'custom'.");
        error.Hint.Should().Contain("singular");
        error.Rejection!.Param.Should().Be("tools[0].type");
    }

    [Fact]
    public void Validate_CustomTool_SaysItIsOutsideTheCourse()
    {
        var tool = SampleTools.SearchProducts();
        tool["type"] = "custom";

        tool.SingleError().Message.Should().Contain("custom tools").And.Contain("outside what this course checks");
    }

    [Fact]
    public void Validate_ResponsesApiFlatShape_ReportsTheUnknownKeysAndTheMissingFunction()
    {
        var tool = new JsonObject { ["type"] = "function", ["name"] = "search_products", ["parameters"] = new JsonObject { ["type"] = "object" } };

        var errors = ToolDefinitionValidator.Validate(tool).Errors();

        errors.Select(error => error.Message).Should().BeEquivalentTo(
            "Unknown parameter: 'tools[0].name'.", "Unknown parameter: 'tools[0].parameters'.", "Missing required parameter: 'tools[0].function'.");
        errors[0].Hint.Should().Contain("Responses API's flat shape", "the first misplaced key explains the shape");
        errors.Skip(1).Should().OnlyContain(error => !error.Hint!.Contains("flat shape"), "the explanation is given once");
        errors[1].Hint.Should().Be("Move it inside \"function\" too.");
    }

    [Fact]
    public void Validate_StrictBesideFunction_SaysToMoveItInside()
    {
        var tool = SampleTools.SearchProducts();
        tool["strict"] = true;

        var error = tool.SingleError();

        error.Message.Should().Be("Unknown parameter: 'tools[0].strict'.");
        error.Hint.Should().Be("Move \"strict\" inside \"function\": a tool holds only \"type\" and \"function\".");
    }

    [Fact]
    public void Validate_AnthropicShape_NamesItAndSaysInputSchemaIsParameters()
    {
        var tool = new JsonObject
        {
            ["name"] = "search_products",
            ["description"] = "Search the catalog.",
            ["input_schema"] = new JsonObject { ["type"] = "object" },
        };

        var errors = ToolDefinitionValidator.Validate(tool).Errors();

        errors.Select(error => error.Path).Should().Equal("$.name", "$.description", "$.input_schema", "$.type", "$.function");
        errors[0].Hint.Should().Contain("shape of an Anthropic tool").And.Contain("called \"parameters\"");
        errors[2].Hint.Should().Be("Rename it \"parameters\" and move it inside \"function\".");
        errors[4].Hint.Should().Be("Put the function's keys inside \"function\": {...}.");
    }

    [Fact]
    public void Validate_FunctionWithoutTheToolAroundIt_SaysToWrapIt()
    {
        var tool = new JsonObject { ["name"] = "search_products", ["parameters"] = new JsonObject { ["type"] = "object" } };

        var errors = ToolDefinitionValidator.Validate(tool).Errors();

        errors[0].Hint.Should().StartWith("This is a function without the tool around it. Wrap it:");
        errors.Should().NotContain(error => error.Hint!.Contains("Responses API"), "without \"type\": \"function\" it is not the Responses API's shape");
    }

    [Fact]
    public void Validate_FunctionThatIsAString_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool["function"] = "search_products";

        tool.SingleError().Message.Should().Be("Invalid type for 'tools[0].function': expected an object, but got a string instead.");
    }

    [Fact]
    public void Validate_FunctionThatIsNull_IsOfTheWrongTypeRatherThanMissing()
    {
        var tool = SampleTools.SearchProducts();
        tool["function"] = null;

        var error = tool.SingleError();

        error.Path.Should().Be("$.function");
        error.Message.Should().StartWith("Invalid type for 'tools[0].function': expected an object, but got ");
    }

    [Fact]
    public void Validate_FunctionsKeyBesideAFunctionThatIsNoObject_IsNotToldToMoveIntoIt()
    {
        var tool = SampleTools.SearchProducts();
        tool["function"] = "search_products";
        tool["description"] = "Search the catalog.";

        var errors = ToolDefinitionValidator.Validate(tool).Errors();

        errors.Single(error => error.Path == "$.description").Hint.Should().Be("A tool holds only \"type\" and \"function\".",
            "there is no object to move it into");
    }

    [Fact]
    public void Validate_UnknownFunctionKey_UsesTheApiWordingAndPointsIntoParameters()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["required"] = new JsonArray("query");

        var error = tool.SingleError();

        error.Message.Should().Be("Unknown parameter: 'tools[0].function.required'.");
        error.Path.Should().Be("$.function.required");
        error.Hint.Should().Contain("inside \"parameters\"");
    }

    [Fact]
    public void Validate_MisspelledFunctionKey_SuggestsTheRealKey()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["paramters"] = tool.Function()["parameters"]!.DeepClone();

        tool.SingleError().Hint.Should().Be("Did you mean \"parameters\"?");
    }

    [Fact]
    public void Validate_MissingName_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function().Remove("name");

        tool.SingleError().Message.Should().Be("Missing required parameter: 'tools[0].function.name'.");
    }

    [Fact]
    public void Validate_NameThatIsANumber_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["name"] = 42;

        tool.SingleError().Message.Should().Be("Invalid type for 'tools[0].function.name': expected a string, but got an integer instead.");
    }

    [Fact]
    public void Validate_NameWithSpace_UsesTheApiWordingAtTheNamePath()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["name"] = "search products";

        var error = tool.SingleError();

        error.Message.Should().Be(
            "Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.");
        error.Path.Should().Be("$.function.name");
    }

    [Theory]
    [InlineData("$.tools[2]", "$.tools[2].function.name", "tools[2].function.name")]
    [InlineData("tools[2]", "tools[2].function.name", "tools[2].function.name")]
    [InlineData("$", "$.function.name", "tools[0].function.name")]
    public void Validate_BasePath_ShapesBothThePathAndTheApiParameter(string basePath, string path, string param)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["name"] = "search.products";

        var error = tool.SingleError(basePath);

        error.Path.Should().Be(path);
        error.Message.Should().StartWith($"Invalid '{param}': ");
        error.Rejection!.Param.Should().Be(param);
    }

    [Fact]
    public void Validate_DescriptionThatIsANumber_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["description"] = 7;

        tool.SingleError().Message.Should().Be("Invalid type for 'tools[0].function.description': expected a string, but got an integer instead.");
    }

    [Fact]
    public void Validate_StrictAsString_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["strict"] = "true";

        var error = tool.SingleError();

        error.Message.Should().Be("Invalid type for 'tools[0].function.strict': expected a boolean, but got a string instead.");
        error.Hint.Should().Contain("without quotes");
    }

    [Fact]
    public void Validate_ParametersAsArray_UsesTheApiWording()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["parameters"] = new JsonArray();

        tool.SingleError().Message.Should().Be("Invalid type for 'tools[0].function.parameters': expected an object, but got an array instead.");
    }

    [Fact]
    public void Validate_NoParameters_IsAcceptedAsAFunctionWithoutArguments()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function().Remove("parameters");

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EmptyParametersObject_IsOnlyAWarning()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["parameters"] = new JsonObject();

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters");
        problem.Hint.Should().Contain("leave \"parameters\" out");
    }

    [Fact]
    public void ToString_ReadsAsSeverityPathMessageAndHint()
    {
        var problem = new ToolDefinitionProblem("$.function.name", "Missing required parameter: 'tools[0].function.name'.", ProblemSeverity.Error)
        {
            Hint = "Name it.",
        };

        problem.ToString().Should().Be("error at $.function.name: Missing required parameter: 'tools[0].function.name'. Name it.");
    }

    [Fact]
    public void ToString_MessageWithoutFullStop_GetsOneBeforeTheHint() =>
        new ToolDefinitionProblem("$.type", "custom tools are outside this course", ProblemSeverity.Warning) { Hint = "Use \"function\"." }
            .ToString().Should().Be("warning at $.type: custom tools are outside this course. Use \"function\".");

    [Fact]
    public void ValidateAll_TwoNamesThatDifferOnlyInCase_AreToldApart()
    {
        var other = SampleTools.SearchProducts();
        other.Function()["name"] = "Search_Products";
        var tools = new JsonArray(SampleTools.SearchProducts(), other);

        ToolDefinitionValidator.ValidateAll(tools).Should().NotContain(problem => problem.Message.Contains("same name"),
            "a tool call names its function exactly, so search_products and Search_Products are two functions");
    }
}
