using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>
/// Schemas a learner could submit that are large in one direction: thousands of names, long chains, very long keys.
/// Each used to take tens of seconds or more to check; the tests only assert the result, and simply stay fast.
/// </summary>
public class LargeSchemaTests
{
    private static JsonObject ToolWith(JsonObject parameters)
    {
        var tool = SampleTools.SearchProducts();
        tool.Function()["parameters"] = parameters;
        return tool;
    }

    [Fact]
    public void Validate_ThousandsOfRequiredNamesMissingFromThousandsOfProperties_ReportsThemWithoutSuggestions()
    {
        const int count = 8000;
        var properties = new JsonObject(Enumerable.Range(0, count).Select(index => KeyValuePair.Create($"p{index:D7}", (JsonNode?)new JsonObject())));
        var required = new JsonArray(Enumerable.Range(0, count).Select(index => (JsonNode)JsonValue.Create($"r{index:D7}")).ToArray());

        var errors = ToolDefinitionValidator.Validate(ToolWith(new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required })).Errors();

        errors[0].Path.Should().Be("$.function.parameters.required[0]");
        errors[0].Hint.Should().Be("Add \"r0000000\" to \"properties\", or remove it from \"required\".");
    }

    [Fact]
    public void Validate_RequiredNameMissingFromPropertiesWithVeryLongNames_ReportsItWithoutASuggestion()
    {
        // Names a letter apart, as a typo would be: comparing them used to take a table of their lengths squared.
        var properties = new JsonObject { [VeryLongName + "a"] = new JsonObject { ["type"] = "string", ["description"] = "A thing." } };
        var required = new JsonArray(VeryLongName + "b");

        var error = ToolDefinitionValidator.Validate(ToolWith(new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required }))
            .Errors().Single();

        error.Path.Should().Be("$.function.parameters.required[0]");
        error.Hint.Should().Be($"Add \"{VeryLongName}b\" to \"properties\", or remove it from \"required\".");
    }

    [Fact]
    public void Validate_ChainOfThousandsOfReferences_IsAnErrorAtTheFirstReference()
    {
        const int count = 4000;
        var definitions = new JsonObject(Enumerable.Range(0, count)
            .Select(index => KeyValuePair.Create($"d{index}", (JsonNode?)new JsonObject { ["$ref"] = $"#/$defs/d{index + 1}" })));
        definitions[$"d{count}"] = new JsonObject { ["type"] = "string" };
        var parameters = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["a"] = new JsonObject { ["$ref"] = "#/$defs/d0" } },
            ["$defs"] = definitions,
        };

        var errors = ToolDefinitionValidator.Validate(ToolWith(parameters)).Errors();

        errors.Should().Contain(error => error.Path == "$.function.parameters.properties.a['$ref']").Which.Message.Should().Be(
            "\"$ref\": \"#/$defs/d0\" starts a chain of more than 64 \"$ref\"s, each pointing at the next; " +
            "shorten it, so that each \"$ref\" points straight at the schema it means");
    }

    [Fact]
    public void Validate_EnumOfManyRepeatedValuesUnderAVeryLongPropertyName_ListsTheFirstProblemsAndCountsTheRest()
    {
        var values = new JsonArray(Enumerable.Range(0, 400_000).Select(_ => (JsonNode)JsonValue.Create(0)).ToArray());

        var problems = ToolDefinitionValidator.Validate(ToolWith(UnderAVeryLongName(new JsonObject { ["description"] = "A code.", ["enum"] = values })));

        problems.Should().HaveCount(200);
        problems[0].Path.Should().Be($"$.function.parameters.properties.{VeryLongName}.enum[1]");
        problems.Unlisted.ToString().Should().Be("399,799 more warnings");
    }

    [Fact]
    public void Validate_ManyRepeatedRequiredNamesUnderAVeryLongPropertyName_ListsTheFirstProblemsAndCountsTheRest()
    {
        var names = new JsonArray(Enumerable.Range(0, 200_000).Select(_ => (JsonNode)JsonValue.Create("a")).ToArray());

        var problems = ToolDefinitionValidator.Validate(ToolWith(UnderAVeryLongName(new JsonObject { ["description"] = "A thing.", ["required"] = names })));

        problems.Should().HaveCount(200);
        problems[0].Path.Should().Be($"$.function.parameters.properties.{VeryLongName}.required[1]");
        problems.Unlisted.ToString().Should().Be("199,799 more errors");
    }

    [Fact]
    public void Validate_ManyObjectsWithARepeatedKeyUnderAVeryLongPropertyName_ListsTheFirstProblemsAndCountsTheRest()
    {
        const int count = 40_000;
        var repeated = string.Join(",", Enumerable.Repeat("""{"a":0,"a":0}""", count));
        var text = """{"type": "function", "function": {"name": "f", "description": "Finds things in the catalog.", "parameters": """ +
            "{\"type\": \"object\", \"properties\": {\"" + VeryLongName + "\": {\"enum\": [" + repeated + "]}}}}}";

        var problems = ToolDefinitionValidator.Validate(JsonNode.Parse(text));

        problems.ErrorCount.Should().BeGreaterThanOrEqualTo(count);
        problems.Errors()[0].Path.Should().Be($"$.function.parameters.properties.{VeryLongName}.enum[0]");
        problems.Errors()[0].Message.Should().Be("the key \"a\" appears twice in this object");
    }

    [Fact]
    public void Validate_MoreSchemasThanTheValidatorLoads_IsAnErrorNamingTheFirstOneTooMany()
    {
        var choices = new JsonArray(Enumerable.Range(0, 300_000).Select(_ => (JsonNode)new JsonObject()).ToArray());
        var parameters = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["q"] = new JsonObject { ["description"] = "Anything.", ["anyOf"] = choices } },
        };

        var error = ToolDefinitionValidator.Validate(ToolWith(parameters)).Single();

        // The root and "q" come first, so the 10,001st schema is the 9,999th choice.
        error.Path.Should().Be("$.function.parameters.properties.q.anyOf[9998]");
        error.Message.Should().StartWith("the schema holds more than 10,000 schemas");
        error.Hint.Should().StartWith("A tool needs far fewer");
    }

    [Fact]
    public void Validate_ErrorFoundAfterTheListIsFullOfWarnings_IsListedInPlaceOfAWarning()
    {
        // Every property lacks a description (a warning each, found first); strict mode then finds the one error.
        var properties = new JsonObject(Enumerable.Range(0, 300).Select(index => KeyValuePair.Create($"p{index}", (JsonNode?)new JsonObject { ["type"] = "string" })));
        var tool = ToolWith(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(Enumerable.Range(0, 300).Select(index => (JsonNode)JsonValue.Create($"p{index}")).ToArray()),
        });
        tool.Function()["strict"] = true;

        var problems = ToolDefinitionValidator.Validate(tool);

        problems.Should().HaveCount(200);
        problems.Where(problem => problem.Severity == ProblemSeverity.Error).Should().ContainSingle()
            .Which.Path.Should().Be("$.function.parameters");
        problems.Unlisted.Should().Be(new UnlistedProblems(0, 101));
    }

    [Fact]
    public void FindInPlaceChains_ManySubschemasUnderAVeryLongPropertyName_FindsNone()
    {
        // Loading a schema this wide into the validator library takes seconds of its own, so only this check is timed here.
        var choices = new JsonArray(Enumerable.Range(0, 100_000).Select(_ => (JsonNode)new JsonObject()).ToArray());

        InPlaceChains.Find(UnderAVeryLongName(new JsonObject { ["anyOf"] = choices }), "$.function.parameters").Should().BeEmpty();
    }

    [Fact]
    public void Validate_ValueWithManyItemsUnderAVeryLongNameAndNaNLast_ReportsTheNaN()
    {
        var schema = JsonNode.Parse("""{"type": "object", "additionalProperties": {"type": "array", "items": {"type": "number"}}}""")!;
        var items = new JsonArray(Enumerable.Range(0, 400_000).Select(_ => (JsonNode)JsonValue.Create(1.5)).ToArray());
        items[^1] = JsonValue.Create(double.NaN);

        var violations = SchemaValidator.For(schema).Validate(new JsonObject { [VeryLongName] = items });

        violations.Should().ContainSingle().Which.Path.Should().Be($"$.{VeryLongName}[399999]");
    }

    [Fact]
    public void JsonLinesOf_ManyItemsUnderAVeryLongName_FindsTheLineOfTheLastItem()
    {
        const int count = 250_000;
        var text = $"{{\"{VeryLongName}\": [\n{string.Join(",\n", Enumerable.Repeat("0", count))}]}}";

        var lines = JsonLines.Of(System.Text.Encoding.UTF8.GetBytes(text));

        lines.LineOf($"$.{VeryLongName}[{count - 1}]").Should().Be(count + 1);
        lines.LineOf($"$.{VeryLongName}[{count}]").Should().Be(1);
    }

    [Fact]
    public void JsonInputParse_ManyObjectsUnderAVeryLongName_Reads()
    {
        const int count = 250_000;
        var text = $"{{\"{VeryLongName}\": [{string.Join(",", Enumerable.Repeat("{\"a\":1}", count))}]}}";

        var document = JsonInput.Parse(text, "tools.json");

        document![VeryLongName]!.AsArray().Should().HaveCount(count);
    }

    private static readonly string VeryLongName = new('x', 100_000);

    private static JsonObject UnderAVeryLongName(JsonObject schema) =>
        new() { ["type"] = "object", ["properties"] = new JsonObject { [VeryLongName] = schema } };
}
