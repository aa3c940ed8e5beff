using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>Schemas and values built to overflow the validator's stack or keep it busy: each must end in a clear problem.</summary>
public class SchemaValidatorLimitsTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void For_SchemaNestedDeeperThanTheReaderGoes_IsRefusedWithThePath()
    {
        var load = () => SchemaValidator.For(Nested(129));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Be(
            $"The schema cannot be used: at ${string.Concat(Enumerable.Repeat(".items", 128))}, objects and arrays nest more than 128 levels deep, " +
            "deeper than the validator reads. Flatten it, or move repeated parts into \"$defs\" and point at them with \"$ref\".");
    }

    [Fact]
    public void For_SchemaNestedAsDeepAsTheReaderGoes_StillWorks()
    {
        var validator = SchemaValidator.For(Nested(128));

        validator.Validate(JsonNode.Parse("[[]]")).Should().BeEmpty();
        validator.Validate(JsonNode.Parse("""[["text"]]""")).Select(violation => violation.Message).Should().Contain("expected an array");
    }

    [Fact]
    public void For_SchemaBuiltInCodeThousandsOfLevelsDeep_IsRefusedInsteadOfFailingToWrite()
    {
        var load = () => SchemaValidator.For(Nested(5000));

        load.Should().Throw<InvalidSchemaException>().Which.Message.Should().Contain("nest more than 128 levels deep");
    }

    [Fact]
    public void Validate_ValueNestedDeeperThanTheReaderGoes_IsAViolationAtThatDepth()
    {
        var validator = SchemaValidator.For(JsonNode.Parse("{}")!);

        validator.Validate(NestedArrays(64)).Should().BeEmpty();
        validator.Validate(NestedArrays(65)).Should().ContainSingle().Which.Should().Be(new SchemaViolation(
            "$" + string.Concat(Enumerable.Repeat("[0]", 64)),
            "objects and arrays nest more than 64 levels deep here, deeper than the validator reads, so the value was not checked"));
    }

    [Fact]
    public void Validate_ChecksNestedTooDeepThroughReferences_StopWithAViolation()
    {
        // Each level of the value passes through 30 definitions, few enough to load, but 10 levels of them nest too deep.
        var schema = JsonNode.Parse("""{"type": "object", "properties": {"next": {"$ref": "#/definitions/d0"}}, "definitions": {}}""")!;
        for (var index = 0; index < 30; index++)
        {
            var next = index == 29 ? "#" : $"#/definitions/d{index + 1}";
            schema["definitions"]![$"d{index}"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = next }, new JsonObject()) };
        }

        var value = new JsonObject();
        for (var level = 0; level < 10; level++)
        {
            value = new JsonObject { ["next"] = value };
        }

        var violations = SchemaValidator.For(schema).Validate(value);

        violations.Should().ContainSingle().Which.Message.Should().StartWith("checking the value went more than 256 schemas deep and was stopped");
    }

    [Fact]
    public async Task Validate_SchemaThatDoublesItsWorkAtEveryDefinition_StopsWithAViolation()
    {
        // Every definition refers twice to the next, so 25 of them would mean 2^25 checks.
        var definitions = new JsonObject { ["d25"] = new JsonObject { ["type"] = "string" } };
        for (var index = 0; index < 25; index++)
        {
            var next = $"#/definitions/d{index + 1}";
            definitions[$"d{index}"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = next }, new JsonObject { ["$ref"] = next }) };
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["$ref"] = "#/definitions/d0" } }, ["definitions"] = definitions };
        var validator = SchemaValidator.For(schema);

        // The count must stop it, not the time limit, which a busy machine could reach first.
        Func<Task<IReadOnlyList<SchemaViolation>>> validation = () => Task.Run(() => validator.Validate(JsonNode.Parse("""{"a": "text"}"""), HangGuard));

        (await validation.Should().CompleteWithinAsync(HangGuard, "a limit must stop the checks long before 2^25 of them"))
            .Which.Should().ContainSingle().Which.Message.Should().StartWith("checking the value took more than 50000 schema checks and was stopped");
    }

    // Arrays of arrays, levels objects deep in all: {"type": "array", "items": {"type": "array", "items": ... {}}}.
    private static JsonNode Nested(int levels)
    {
        JsonNode schema = new JsonObject();
        for (var level = 1; level < levels; level++)
        {
            schema = new JsonObject { ["type"] = "array", ["items"] = schema };
        }

        return schema;
    }

    private static JsonNode NestedArrays(int levels)
    {
        JsonNode value = new JsonArray();
        for (var level = 1; level < levels; level++)
        {
            value = new JsonArray(value);
        }

        return value;
    }
}
