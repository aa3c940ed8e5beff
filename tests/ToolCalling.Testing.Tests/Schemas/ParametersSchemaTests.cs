using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>One test per JSON Schema rule for <c>parameters</c>, each breaking the course's tool in one place.</summary>
public class ParametersSchemaTests
{
    private const string Properties = "$.function.parameters.properties";

    private static ToolDefinitionProblem ErrorAfter(Action<JsonObject> breakIt)
    {
        var tool = SampleTools.SearchProducts();
        breakIt(tool);
        return tool.SingleError();
    }

    [Fact]
    public void Validate_ParametersWithoutType_UsesTheApiWording()
    {
        var error = ErrorAfter(tool => tool.Parameters().Remove("type"));

        error.Message.Should().Be("Invalid schema for function 'search_products': schema must be a JSON Schema of 'type: \"object\"', got 'type: \"None\"'.");
        error.Path.Should().Be("$.function.parameters");
        error.Rejection.Should().Be(new ApiRejection("invalid_function_parameters", "tools[0].function.parameters"));
    }

    [Fact]
    public void Validate_ParametersOfTypeString_UsesTheApiWordingWithTheType() =>
        ErrorAfter(tool => tool.Parameters()["type"] = "string").Message.Should().EndWith("got 'type: \"string\"'.");

    [Fact]
    public void Validate_PropertyWrittenAsTypeName_SaysToWrapItInASchema()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["max_price"] = "number");

        error.Path.Should().Be($"{Properties}.max_price");
        error.Message.Should().StartWith("a schema must be an object such as {\"type\": \"string\"}, but this is a string");
        error.Hint.Should().Be("Write {\"type\": \"number\"} instead of \"number\".");
    }

    [Fact]
    public void Validate_PropertiesAsArray_ExplainsWhatPropertiesHolds()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"] = new JsonArray("query"));

        error.Path.Should().Be(Properties);
        error.Message.Should().Be("\"properties\" must be an object that maps names to schemas, but it is an array");
        error.Hint.Should().Contain("\"required\"");
    }

    [Theory]
    [InlineData("str", "Did you mean \"string\"?")]
    [InlineData("strnig", "Did you mean \"string\"?")]
    [InlineData("float", "Did you mean \"number\"?")]
    [InlineData("date", "Use one of string, number, integer, boolean, object, array, null.")]
    public void Validate_UnknownTypeName_SuggestsTheJsonSchemaName(string type, string hint)
    {
        var error = ErrorAfter(tool => tool.Property("max_price")["type"] = type);

        error.Path.Should().Be($"{Properties}.max_price.type");
        error.Message.Should().Be($"\"{type}\" is not a JSON Schema type");
        error.Hint.Should().Be(hint);
    }

    [Fact]
    public void Validate_TypeAsNumber_IsAnError() =>
        ErrorAfter(tool => tool.Property("query")["type"] = 1).Message.Should().StartWith("\"type\" must be a type name such as \"string\"");

    [Fact]
    public void Validate_TypeListWithRepeatedName_IsAnError() =>
        ErrorAfter(tool => tool.Property("query")["type"] = new JsonArray("string", "string")).Message.Should().Contain("lists \"string\" more than once");

    [Fact]
    public void Validate_RequiredAsString_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Parameters()["required"] = "query");

        error.Path.Should().Be("$.function.parameters.required");
        error.Message.Should().Be("\"required\" must be an array of property names, but it is \"query\"");
    }

    [Fact]
    public void Validate_RequiredTrueOnAProperty_ExplainsWhereRequiredGoes() =>
        ErrorAfter(tool => tool.Property("query")["required"] = true).Hint.Should().Contain("\"required\": [\"query\"]");

    [Fact]
    public void Validate_RequiredNameNotInProperties_IsAnErrorThatSuggestsTheClosestName()
    {
        var error = ErrorAfter(tool => tool.Parameters()["required"] = new JsonArray("qeury"));

        error.Path.Should().Be("$.function.parameters.required[0]");
        error.Message.Should().Contain("\"required\" names \"qeury\", but \"properties\" has no \"qeury\"");
        error.Hint.Should().Be("Did you mean \"query\"?");
    }

    [Fact]
    public void Validate_RequiredOnAnObjectWithoutProperties_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Parameters().Remove("properties"));

        error.Path.Should().Be("$.function.parameters.required[0]");
        error.Message.Should().Be("\"required\" names \"query\", but this object has no \"properties\", so the model is never told what it is");
    }

    [Fact]
    public void Validate_RequiredNameListedTwice_IsAnError() =>
        ErrorAfter(tool => tool.Parameters()["required"] = new JsonArray("query", "query")).Path.Should().Be("$.function.parameters.required[1]");

    [Fact]
    public void Validate_EmptyEnum_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Property("category")["enum"] = new JsonArray());

        error.Path.Should().Be($"{Properties}.category.enum");
        error.Message.Should().StartWith("\"enum\" must be a non-empty array of the allowed values");
    }

    [Fact]
    public void Validate_EnumValueOfTheWrongType_NamesTheValueAndTheType()
    {
        var error = ErrorAfter(tool => tool.Property("category")["enum"] = new JsonArray("books", 5));

        error.Path.Should().Be($"{Properties}.category.enum[1]");
        error.Message.Should().Be("the enum value 5 is an integer, but \"type\" is \"string\", so the value is never valid and the model cannot use it");
        error.Hint.Should().Be("Write the value as \"string\" allows (for a string, in quotes), or remove it from \"enum\".");
    }

    [Fact]
    public void Validate_EnumListingNullWithoutNullType_SaysHowToMakeTheFieldNullable()
    {
        var error = ErrorAfter(tool => tool.Property("category")["enum"] = new JsonArray("books", null));

        error.Path.Should().Be($"{Properties}.category.enum[1]");
        error.Message.Should().Be("\"enum\" lists null, but \"type\" is \"string\", which does not allow null, so null is never a valid value");
        error.Hint.Should().Be("To let the model leave this field empty, add \"null\" to \"type\": [\"string\", \"null\"]. Otherwise remove null from \"enum\".");
    }

    [Fact]
    public void Validate_EnumValueListedTwice_IsOnlyAWarning()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("category")["enum"] = new JsonArray("books", "books");

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be($"{Properties}.category.enum[1]");
    }

    [Fact]
    public void Validate_EnumListsTheSameDataWrittenTwoWays_WarnsAtTheSecond()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("category").Remove("type");
        tool.Property("category")["enum"] = JsonNode.Parse("""[{"size": 1, "unit": "kg"}, 2, {"unit": "kg", "size": 1.0}, 20e-1]""");

        var problems = ToolDefinitionValidator.Validate(tool);

        problems.Should().OnlyContain(problem => problem.Severity == ProblemSeverity.Warning);
        problems.Select(problem => problem.Path).Should().Equal($"{Properties}.category.enum[2]", $"{Properties}.category.enum[3]");
    }

    [Fact]
    public void Validate_EnumOfManyDistinctValues_HasNoWarning()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("category")["type"] = "integer";
        tool.Property("category")["enum"] = new JsonArray(Enumerable.Range(0, 50_000).Select(value => (JsonNode?)value).ToArray());

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty("every value is listed once");
    }

    [Fact]
    public void Validate_ConstOfTheWrongType_IsAnError() =>
        ErrorAfter(tool => tool.Property("in_stock")["const"] = "yes").Path.Should().Be($"{Properties}.in_stock.const");

    [Fact]
    public void Validate_MinimumAsString_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Property("max_price")["minimum"] = "0");

        error.Path.Should().Be($"{Properties}.max_price.minimum");
        error.Message.Should().Be("\"minimum\" must be a number, but it is \"0\"");
    }

    [Fact]
    public void Validate_ExclusiveMinimumAsBoolean_ExplainsTheCurrentForm() =>
        ErrorAfter(tool => tool.Property("max_price")["exclusiveMinimum"] = true).Hint.Should().Contain("old draft");

    [Fact]
    public void Validate_MinimumAboveMaximum_IsAnError()
    {
        var error = ErrorAfter(tool =>
        {
            tool.Property("max_price")["minimum"] = 100;
            tool.Property("max_price")["maximum"] = 10;
        });

        error.Path.Should().Be($"{Properties}.max_price.minimum");
        error.Message.Should().Be("\"minimum\" (100) is greater than \"maximum\" (10), so no value can be valid");
        error.Hint.Should().Be("Make \"minimum\" at most \"maximum\": the two are probably swapped.");
    }

    [Fact]
    public void Validate_NegativeMaxLength_IsAnError() =>
        ErrorAfter(tool => tool.Property("query")["maxLength"] = -1).Message.Should().Be("\"maxLength\" must be a whole number of 0 or more, but it is -1");

    [Fact]
    public void Validate_MultipleOfZero_IsAnError() =>
        ErrorAfter(tool => tool.Property("max_price")["multipleOf"] = 0).Message.Should().Contain("greater than 0");

    [Fact]
    public void Validate_MultipleOfTooSmallForTheValidator_IsAnErrorAtTheKeyword()
    {
        var error = ErrorAfter(tool => tool.Property("max_price")["multipleOf"] = JsonNode.Parse("1e-320"));

        error.Path.Should().Be($"{Properties}.max_price.multipleOf");
        error.Message.Should().Be("\"multipleOf\" is 1e-320, smaller than the smallest step the validator can represent (1e-28)");
        error.Hint.Should().StartWith("Use a step of at least 1e-28");
    }

    [Fact]
    public void Validate_BoundBeyondTheValidatorsRange_IsAnErrorAtTheKeyword()
    {
        var error = ErrorAfter(tool => tool.Property("max_price")["maximum"] = JsonNode.Parse("1e400"));

        error.Path.Should().Be($"{Properties}.max_price.maximum");
        error.Message.Should().Be("\"maximum\" is 1e400, beyond the largest number the validator can compare (about 7.9e28 either side of 0)");
    }

    [Fact]
    public void Validate_CountBeyondWhatTheValidatorCounts_IsAnErrorAtTheKeyword()
    {
        var error = ErrorAfter(tool => tool.Property("query")["maxLength"] = JsonNode.Parse("1e20"));

        error.Path.Should().Be($"{Properties}.query.maxLength");
        error.Message.Should().Be("\"maxLength\" is 1e20, more than the validator can count to (2147483647)");
    }

    [Fact]
    public void Validate_PatternThatDoesNotCompile_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Property("query")["pattern"] = "([a-z]+");

        error.Path.Should().Be($"{Properties}.query.pattern");
        error.Message.Should().StartWith("the regular expression \"([a-z]+\" does not compile");
    }

    [Fact]
    public void Validate_DescriptionAsNumber_IsAnError() =>
        ErrorAfter(tool => tool.Property("query")["description"] = 3).Path.Should().Be($"{Properties}.query.description");

    [Fact]
    public void Validate_ArrayWithoutItems_UsesTheApiWording()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["tags"] = JsonNode.Parse("""{"type": "array", "description": "Tags to match"}"""));

        error.Message.Should().Be("Invalid schema for function 'search_products': In context=('properties', 'tags'), array schema missing items.");
        error.Path.Should().Be($"{Properties}.tags");
    }

    [Fact]
    public void Validate_ItemsAsString_IsAnError() =>
        ErrorAfter(tool => tool.Parameters()["properties"]!["tags"] = JsonNode.Parse("""{"type": "array", "description": "Tags", "items": "string"}"""))
            .Path.Should().Be($"{Properties}.tags.items");

    [Fact]
    public void Validate_ItemsListNextToPrefixItems_IsAnErrorAtItems()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["range"] = JsonNode.Parse(
            """{"type": "array", "description": "Lowest and highest price", "prefixItems": [{"type": "number"}], "items": [{"type": "number"}]}"""));

        error.Path.Should().Be($"{Properties}.range.items");
        error.Message.Should().Be("\"items\" lists schemas next to \"prefixItems\", so the first items are described twice, in two ways");
    }

    [Fact]
    public void Validate_KeywordTheValidatorCannotCheck_IsAnErrorAtTheKeyword()
    {
        var error = ErrorAfter(tool => tool.Parameters()["unevaluatedProperties"] = false);

        error.Path.Should().Be("$.function.parameters.unevaluatedProperties");
        error.Message.Should().StartWith("\"unevaluatedProperties\" is not checked by the validator the tests use");
        error.Hint.Should().Contain("\"additionalProperties\"");
    }

    [Fact]
    public void Validate_MinContainsAboveMaxContains_IsAnErrorAtMinContains()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["tags"] = JsonNode.Parse(
            """{"type": "array", "description": "Tags to match", "items": {"type": "string"}, "contains": {"const": "sale"}, "minContains": 3, "maxContains": 1}"""));

        error.Path.Should().Be($"{Properties}.tags.minContains");
        error.Message.Should().Be("\"minContains\" (3) is greater than \"maxContains\" (1), so no value can be valid");
        error.Hint.Should().Be("Make \"minContains\" at most \"maxContains\": the two are probably swapped.");
    }

    [Fact]
    public void Validate_AnyOfThatIsEmpty_IsAnError() =>
        ErrorAfter(tool => tool.Property("max_price")["anyOf"] = new JsonArray()).Message.Should().Contain("non-empty array of schemas, but it is an empty array");

    [Fact]
    public void Validate_AdditionalPropertiesAsString_IsAnError() =>
        ErrorAfter(tool => tool.Parameters()["additionalProperties"] = "no").Path.Should().Be("$.function.parameters.additionalProperties");

    [Fact]
    public void Validate_SchemaInsideAnyOfThatIsNotAnObject_IsFoundAtItsIndex() =>
        ErrorAfter(tool => tool.Property("max_price")["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, 5))
            .Path.Should().Be($"{Properties}.max_price.anyOf[1]");

    [Fact]
    public void Validate_SchemaInsideDefsWithBadType_IsFound() =>
        ErrorAfter(tool => tool.Parameters()["$defs"] = JsonNode.Parse("""{"money": {"type": "decimal"}}"""))
            .Path.Should().Be("$.function.parameters['$defs'].money.type");

    [Fact]
    public void Validate_ReferenceToAnotherFile_IsAnError()
    {
        var error = ErrorAfter(tool => tool.Property("max_price")["$ref"] = "money.json#/price");

        error.Path.Should().Be($"{Properties}.max_price['$ref']");
        error.Message.Should().Contain("points outside this schema").And.Contain("fetches other files");
    }

    [Fact]
    public void Validate_ReferenceThatLeadsNowhere_NamesTheMissingKey() =>
        ErrorAfter(tool => tool.Property("max_price")["$ref"] = "#/$defs/money").Message.Should().Be(
            "\"$ref\": \"#/$defs/money\" leads nowhere: \"$defs\" is not found under \"#\"");

    [Fact]
    public void Validate_ReferenceWithEscapedName_Resolves()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["$defs"] = JsonNode.Parse("""{"a/b c": {"type": "number", "description": "An amount"}}""");
        tool.Property("max_price")["$ref"] = "#/$defs/a~1b%20c";

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }

    [Fact]
    public void Validate_MisspelledKeyword_IsAWarningWithTheRealKeyword()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["requried"] = new JsonArray("query");

        var problem = ToolDefinitionValidator.Validate(tool).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be("$.function.parameters.requried");
        problem.Hint.Should().Be("Did you mean \"required\"?");
    }

    [Fact]
    public void Validate_ReferencesThatOnlyLeadToEachOther_AreAnError()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["$defs"] = JsonNode.Parse("""{"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}""");
        tool.Property("max_price")["$ref"] = "#/$defs/a";

        var errors = ToolDefinitionValidator.Validate(tool).Errors();

        errors.Select(error => error.Path).Should().Equal(
            $"{Properties}.max_price['$ref']", "$.function.parameters['$defs'].a['$ref']", "$.function.parameters['$defs'].b['$ref']");
        errors[0].Message.Should().Contain("in a circle (#/$defs/a → #/$defs/b → #/$defs/a)");
    }

    [Fact]
    public void Validate_RecursionThroughProperties_IsAllowed()
    {
        var tool = SampleTools.SearchProducts();
        tool.Parameters()["properties"]!["parent"] = JsonNode.Parse("""{"description": "The same search, narrowed", "$ref": "#"}""");

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SchemaTheLibraryCannotLoad_IsAnErrorAtTheParametersPath()
    {
        // A boolean schema is valid JSON Schema, but NJsonSchema cannot load it as a property.
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["max_price"] = true);

        error.Path.Should().Be("$.function.parameters");
        error.Message.Should().StartWith("the schema library the tests use (NJsonSchema) cannot load these parameters: ");
        error.Hint.Should().Be("The tests check the model's arguments against this schema, so it has to load.",
            "the message already says what to write instead");
    }

    [Fact]
    public void Validate_SchemaTheLibraryCannotLoad_NamesThePlaceInsideTheParameters()
    {
        var error = ErrorAfter(tool => tool.Parameters()["properties"]!["max_price"] = true);

        error.Message.Should().Be("the schema library the tests use (NJsonSchema) cannot load these parameters: at $.function.parameters.properties.max_price, " +
            "a schema must be an object, but this is a boolean, which the validator cannot read here. " +
            "Write every schema as an object: {} for one that allows anything, {\"not\": {}} for one that allows nothing.");
    }
}
