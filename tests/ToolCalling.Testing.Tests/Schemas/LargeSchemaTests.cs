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
}
