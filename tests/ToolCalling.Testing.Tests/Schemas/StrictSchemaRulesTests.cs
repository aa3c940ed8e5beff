using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

public class StrictSchemaRulesTests
{
    private const string Parameters = "$.tools[0].function.parameters";

    private static JsonObject StrictParameters() => SampleTools.StrictSearchProducts().Parameters();

    private static IReadOnlyList<ToolDefinitionProblem> Check(JsonNode schema) =>
        StrictSchemaRules.Validate(schema, "search_products", Parameters);

    private static ToolDefinitionProblem SingleError(JsonNode schema)
    {
        var errors = Check(schema).Errors();
        errors.Should().ContainSingle("exactly one error was expected, but found:\n{0}", string.Join("\n", errors));
        return errors[0];
    }

    [Fact]
    public void Validate_StrictSearchProductsParameters_HasNoProblems() => Check(StrictParameters()).Should().BeEmpty();

    [Fact]
    public void Validate_StrictFlagOnTheNonStrictTool_ReportsTheMissingRequiredNameAndAdditionalProperties()
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["strict"] = true;

        var messages = ToolDefinitionValidator.Validate(tool).Errors().Select(error => error.Message);

        messages.Should().Equal(
            "Invalid schema for function 'search_products': In context=(), 'additionalProperties' is required to be supplied and to be false.",
            "Invalid schema for function 'search_products': In context=(), 'required' is required to be supplied and to be an array " +
            "including every key in properties. Missing 'category'.");
    }

    [Fact]
    public void Validate_OptionalProperty_HintSaysToMakeItNullableAndListsEveryMissingName()
    {
        var parameters = StrictParameters();
        parameters["required"] = new JsonArray("query");

        var error = SingleError(parameters);

        error.Path.Should().Be(Parameters);
        error.Rejection.Should().Be(new ApiRejection("invalid_function_parameters", "tools[0].function.parameters"));
        error.Hint.Should().Contain("(missing: \"category\", \"max_price\", \"in_stock\")")
            .And.Contain("\"category\": {\"type\": [\"string\", \"null\"]}");
    }

    [Fact]
    public void Validate_ManyOptionalProperties_HintNamesTheFirstFiveAndCountsTheRest()
    {
        var parameters = StrictParameters();
        var properties = (JsonObject)parameters["properties"]!;
        foreach (var index in Enumerable.Range(1, 300))
        {
            properties[$"field_{index}"] = new JsonObject { ["type"] = "string" };
        }

        var error = SingleError(parameters);

        error.Hint.Should().Contain("(missing: \"field_1\", \"field_2\", \"field_3\", \"field_4\", \"field_5\" and 295 more)")
            .And.NotContain("field_6");
    }

    [Fact]
    public void Validate_OptionalPropertyWithAMisspeltType_HintDoesNotRepeatTheMisspelling()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["max_price"]!["type"] = "numbr";
        parameters["required"] = new JsonArray("query", "category", "in_stock");

        var hint = Check(parameters).Errors().Single(error => error.Message.Contains("Missing 'max_price'")).Hint;

        hint.Should().Contain("\"max_price\": {\"type\": [\"string\", \"null\"]}").And.NotContain("numbr");
    }

    [Theory]
    [InlineData("""{"description": "Anything at all"}""")]
    [InlineData("""{"const": "x", "description": "Always x"}""")]
    [InlineData("""{}""")]
    public void Validate_PropertyWithoutAType_IsRefusedInTheApiWords(string property)
    {
        var parameters = StrictParameters();
        parameters["properties"]!["extra"] = JsonNode.Parse(property);
        parameters["required"]!.AsArray().Add("extra");

        var error = SingleError(parameters);

        error.Message.Should().Be("Invalid schema for function 'search_products': In context=('properties', 'extra'), schema must have a 'type' key.");
        error.Path.Should().Be($"{Parameters}.properties.extra");
    }

    [Theory]
    [InlineData("""{"anyOf": [{"type": "string"}, {"type": "null"}], "description": "Text or nothing"}""")]
    [InlineData("""{"$ref": "#/$defs/money", "description": "A price"}""")]
    public void Validate_PropertyWithAnyOfOrRefInsteadOfAType_IsAccepted(string property)
    {
        var parameters = StrictParameters();
        parameters["$defs"] = JsonNode.Parse("""{"money": {"type": "number"}}""");
        parameters["properties"]!["extra"] = JsonNode.Parse(property);
        parameters["required"]!.AsArray().Add("extra");

        Check(parameters).Errors().Should().BeEmpty();
    }

    [Fact]
    public void Validate_NestedObjectWithoutAdditionalProperties_NamesItsContext()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["filters"] = JsonNode.Parse("""{"type": "object", "description": "More filters", "properties": {}}""");
        parameters["required"]!.AsArray().Add("filters");

        var error = SingleError(parameters);

        error.Message.Should().Be(
            "Invalid schema for function 'search_products': In context=('properties', 'filters'), 'additionalProperties' is required to be supplied and to be false.");
        error.Path.Should().Be($"{Parameters}.properties.filters");
    }

    [Fact]
    public void Validate_ObjectInsideArrayItems_NamesTheItemsContext()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["sort"] = JsonNode.Parse(
            """{"type": "array", "description": "Sort keys", "items": {"type": "object", "properties": {"field": {"type": "string"}}, "additionalProperties": false}}""");
        parameters["required"]!.AsArray().Add("sort");

        SingleError(parameters).Message.Should().Be(
            "Invalid schema for function 'search_products': In context=('properties', 'sort', 'items'), 'required' is required to be supplied " +
            "and to be an array including every key in properties. Missing 'field'.");
    }

    [Fact]
    public void Validate_ObjectInAnyOfBranch_NamesTheBranchIndex()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["max_price"] = JsonNode.Parse(
            """{"description": "A limit", "anyOf": [{"type": "null"}, {"type": "object", "properties": {}}]}""");

        SingleError(parameters).Message.Should().Contain("In context=('properties', 'max_price', 'anyOf', 1), 'additionalProperties'");
    }

    [Fact]
    public void Validate_ObjectInDefs_NamesTheDefinitionContext()
    {
        var parameters = StrictParameters();
        parameters["$defs"] = JsonNode.Parse("""{"money": {"type": "object", "properties": {}}}""");

        SingleError(parameters).Message.Should().Contain("In context=('$defs', 'money'), 'additionalProperties'");
    }

    [Theory]
    [InlineData("minLength", 3, "Check the length in your own code")]
    [InlineData("default", "books", "Say the default in \"description\"")]
    [InlineData("uniqueItems", true, "Check this in your own code")]
    public void Validate_UnsupportedKeyword_UsesTheApiWordingAndSaysWhatToDoInstead(string keyword, object value, string hint)
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]![keyword] = JsonValue.Create(value);

        var error = SingleError(parameters);

        error.Message.Should().Be($"Invalid schema for function 'search_products': In context=('properties', 'query'), '{keyword}' is not permitted.");
        error.Path.Should().Be($"{Parameters}.properties.query");
        error.Hint.Should().StartWith(hint);
    }

    [Theory]
    [InlineData("if", """{"type": "string"}""", "Strict mode has no conditions")]
    [InlineData("prefixItems", """[{"type": "string"}]""", "Strict mode checks every item against the one schema in \"items\"")]
    [InlineData("dependentRequired", """{"query": ["category"]}""", "Strict mode already requires every property")]
    [InlineData("not", """{"type": "string"}""", "Say what is allowed instead")]
    public void Validate_KeywordTheValidatorChecksButStrictModeRefuses_SaysWhatToDoInStrictMode(string keyword, string value, string hint)
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]![keyword] = JsonNode.Parse(value);

        var error = SingleError(parameters);

        error.Message.Should().Be($"Invalid schema for function 'search_products': In context=('properties', 'query'), '{keyword}' is not permitted.");
        error.Hint.Should().StartWith(hint);
    }

    [Theory]
    [InlineData("contains", """{"const": "x"}""")]
    [InlineData("propertyNames", """{"maxLength": 3}""")]
    [InlineData("dependentSchemas", """{"query": {"properties": {"page": {}}}}""")]
    public void Validate_SchemaInsideARefusedKeyword_IsNotCheckedAsWell(string keyword, string value)
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]![keyword] = JsonNode.Parse(value);

        SingleError(parameters).Message.Should().EndWith($"'{keyword}' is not permitted.", "removing the keyword removes what is inside it");
    }

    [Fact]
    public void Validate_BranchOfAllOf_IsStillChecked()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]!["allOf"] = JsonNode.Parse("""[{"minLength": 1}]""");

        Check(parameters).Errors().Select(error => error.Message).Should().Contain(message => message.Contains("'minLength' is not permitted."),
            "the branches of allOf are kept when they are merged");
    }

    [Fact]
    public void Validate_OneOf_IsNotPermittedAndTheHintOffersAnyOf()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["max_price"] = JsonNode.Parse("""{"description": "A limit", "oneOf": [{"type": "number"}, {"type": "null"}]}""");

        var error = SingleError(parameters);

        error.Message.Should().EndWith("In context=('properties', 'max_price'), 'oneOf' is not permitted.");
        error.Hint.Should().Contain("\"anyOf\"");
    }

    [Theory]
    [InlineData("pattern", "^[a-z]+$")]
    [InlineData("format", "email")]
    [InlineData("maxItems", 3)]
    [InlineData("minimum", 0)]
    [InlineData("exclusiveMaximum", 100)]
    [InlineData("multipleOf", 0.01)]
    public void Validate_SupportedKeyword_IsAccepted(string keyword, object value)
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]![keyword] = JsonValue.Create(value);

        Check(parameters).Errors().Should().BeEmpty();
    }

    [Fact]
    public void Validate_UnsupportedFormat_IsOnlyAWarning()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]!["format"] = "uri";

        var problem = Check(parameters).Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Path.Should().Be($"{Parameters}.properties.query.format");
    }

    [Fact]
    public void Validate_RootAnyOf_IsNotPermitted()
    {
        var parameters = StrictParameters();
        parameters["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("query") });

        SingleError(parameters).Message.Should().Be("Invalid schema for function 'search_products': In context=(), 'anyOf' is not permitted.");
    }

    [Fact]
    public void Validate_RootThatIsNotAnObjectSchema_UsesTheApiWording() =>
        SingleError(JsonNode.Parse("""{"anyOf": [{"type": "string"}]}""")!).Message.Should().StartWith(
            "Invalid schema for function 'search_products': schema must be a JSON Schema of 'type: \"object\"', got 'type: \"None\"'.");

    [Fact]
    public void Validate_SchemaThatIsNotAnObject_UsesTheApiWording() =>
        SingleError(new JsonArray()).Message.Should().Be("Invalid type for 'tools[0].function.parameters': expected an object, but got an array instead.");

    [Fact]
    public void Validate_ElevenLevelsOfObjects_ExceedsTheNestingLimit()
    {
        var innermost = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject(), ["additionalProperties"] = false };
        var schema = innermost;
        for (var level = 0; level < 10; level++)
        {
            schema = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["inner"] = schema },
                ["required"] = new JsonArray("inner"),
                ["additionalProperties"] = false,
            };
        }

        var error = SingleError(schema);

        error.Message.Should().Be("objects nest 11 levels deep here; Structured Outputs allows at most 10");
        error.Path.Should().EndWith(string.Concat(Enumerable.Repeat(".properties.inner", 10)));
    }

    [Fact]
    public void Validate_TenLevelsOfObjects_IsWithinTheLimit()
    {
        JsonObject schema = new() { ["type"] = "object", ["properties"] = new JsonObject(), ["additionalProperties"] = false };
        for (var level = 0; level < 9; level++)
        {
            schema = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["inner"] = schema },
                ["required"] = new JsonArray("inner"),
                ["additionalProperties"] = false,
            };
        }

        Check(schema).Should().BeEmpty();
    }

    [Fact]
    public void Validate_MoreThanAThousandEnumValues_ExceedsTheLimit()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["category"]!["enum"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(index => (JsonNode)$"c{index}")]);

        SingleError(parameters).Message.Should().Be("the schema has 1001 enum values in all; Structured Outputs allows at most 1000");
    }

    [Fact]
    public void Validate_EnumOfMoreThan250ValuesAndMoreThan15000Characters_ExceedsTheLimitForOneEnum()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["category"]!["enum"] = Enum(count: 251, length: 60);

        var error = SingleError(parameters);

        error.Message.Should().Be("this enum has 251 string values totalling 15060 characters; above 250 values, " +
            "Structured Outputs allows at most 15000 characters in one enum");
        error.Path.Should().Be(Parameters + ".properties.category.enum");
    }

    [Fact]
    public void Validate_EnumOf250LongValues_IsWithinTheLimitForOneEnum()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["category"]!["enum"] = Enum(count: 250, length: 100);

        Check(parameters).Errors().Should().BeEmpty();
    }

    [Theory]
    [InlineData(120_000, false)]
    [InlineData(120_001, true)]
    public void Validate_PropertyNamesLongerThan120000CharactersInAll_ExceedTheLimit(int length, bool exceeds)
    {
        var name = new string('n', length);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "string" } },
            ["required"] = new JsonArray(name),
            ["additionalProperties"] = false,
        };

        var messages = Check(schema).Errors().Select(error => error.Message);

        if (exceeds)
        {
            messages.Should().Equal("property names, definition names, enum and const values add up to 120001 characters; " +
                "Structured Outputs allows at most 120000");
        }
        else
        {
            messages.Should().BeEmpty();
        }
    }

    [Fact]
    public void Validate_ConstOfAStringPropertyLongerThan120000Characters_ExceedsTheLimit()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["query"]!["const"] = new string('c', 120_001);

        SingleError(parameters).Message.Should().StartWith("property names, definition names, enum and const values add up to ");
    }

    private static JsonArray Enum(int count, int length) =>
        new([.. Enumerable.Range(0, count).Select(index => (JsonNode)index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).PadRight(length, 'x'))]);

    [Fact]
    public void Validate_MoreThanFiveThousandProperties_ExceedsTheLimit()
    {
        var properties = new JsonObject();
        for (var index = 0; index < 5001; index++)
        {
            properties[$"p{index}"] = new JsonObject { ["type"] = "string" };
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. properties.Select(property => (JsonNode)property.Key)]),
            ["additionalProperties"] = false,
        };

        SingleError(schema).Message.Should().Be("the schema has 5001 object properties in all; Structured Outputs allows at most 5000");
    }

    [Fact]
    public void Validate_WithoutStrictFlag_StrictRulesDoNotApply()
    {
        var tool = SampleTools.SearchProducts();
        tool.Property("query")["minLength"] = 1;

        ToolDefinitionValidator.Validate(tool).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ContextWithQuoteInName_IsWrittenAsPythonWouldPrintIt()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["it's"] = JsonNode.Parse("""{"type": "object", "description": "odd", "properties": {}, "additionalProperties": true}""");
        parameters["required"]!.AsArray().Add("it's");

        SingleError(parameters).Message.Should().Contain("In context=('properties', \"it's\"), ");
    }

    [Fact]
    public void Validate_AnyOfBranchWithoutATypeBelowTheRoot_IsRefusedInTheApiWords()
    {
        var parameters = StrictParameters();
        parameters["properties"]!["max_price"] = JsonNode.Parse("""{"description": "A limit", "anyOf": [{"type": "null"}, {"description": "A number"}]}""");

        SingleError(parameters).Message.Should().Be(
            "Invalid schema for function 'search_products': In context=('properties', 'max_price', 'anyOf', 1), schema must have a 'type' key.");
    }

    [Fact]
    public void Validate_DefinitionsUnderTheOlderKeyword_IsAccepted()
    {
        var parameters = StrictParameters();
        parameters["definitions"] = JsonNode.Parse("""{"money": {"type": "number"}}""");
        parameters["properties"]!["extra"] = JsonNode.Parse("""{"$ref": "#/definitions/money", "description": "A price"}""");
        parameters["required"]!.AsArray().Add("extra");

        Check(parameters).Errors().Should().BeEmpty();
    }
}
