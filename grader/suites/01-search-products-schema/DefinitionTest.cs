using System.Text.Json;
using System.Text.Json.Nodes;
using Exercises;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

/// <summary>
/// Every test of this exercise grades the same value, the learner's tool definition, so they share one act.
/// The helpers read a part of the definition or fail with a message saying what is missing.
/// </summary>
public abstract class DefinitionTest : HiddenTest
{
    public sealed override object? Act() => SearchProductsTool.Definition();

    [GraderOnly]
    protected const string Envelope = "{\"type\": \"function\", \"function\": {\"name\": ..., \"description\": ..., \"parameters\": ...}}";

    [GraderOnly]
    protected static JsonNode? Definition(Produced produced) => produced.ValueOf("SearchProductsTool.Definition()");

    /// <summary>The definition as the code wrote it, keys written twice included: the one value the validity check reads.</summary>
    [GraderOnly]
    protected static JsonNode? DefinitionAsWritten(Produced produced) => produced.ValueAsWrittenOf("SearchProductsTool.Definition()");

    /// <summary>
    /// The function object. When the envelope is missing but the definition is the function object itself, that
    /// object is graded, so a learner loses the envelope's points only and still learns what else is right.
    /// </summary>
    [GraderOnly]
    protected static JsonObject Function(Produced produced)
    {
        var definition = Definition(produced);
        var function = definition.ObjectAt("function")
            ?? (definition is JsonObject bare && (bare.ContainsKey("name") || bare.ContainsKey("parameters")) ? bare : null);
        Lesson.Require(function is not null,
            "The definition must keep the function in an object under \"function\"; fix that first.",
            Envelope, Describe(definition));
        return function!;
    }

    [GraderOnly]
    protected static JsonObject Parameters(Produced produced)
    {
        var function = Function(produced);
        var parameters = function.ObjectAt("parameters");
        Lesson.Require(parameters is not null,
            "The arguments must be described by a JSON Schema object under \"function\".\"parameters\"; fix that first.",
            "\"parameters\": {\"type\": \"object\", \"properties\": {...}, \"required\": [...]}",
            $"\"parameters\" is {function["parameters"].KindName()}");
        return parameters!;
    }

    /// <summary>
    /// The strict-mode hint when the definition turns strict mode on: its rules make every argument required, which
    /// step 6 forbids, so the advice the validator gives for strict mode leads nowhere in this exercise.
    /// </summary>
    [GraderOnly]
    protected static string? StrictModeHint(Produced produced) =>
        (Definition(produced).ObjectAt("function")?["strict"] as JsonValue)?.GetValueKind() == JsonValueKind.True
            ? CommonMistakes.StrictModeMakesArgumentsRequired
            : null;

    /// <summary>The schema of one argument, or null when it is not declared as an object under "properties".</summary>
    [GraderOnly]
    protected static JsonObject? Argument(Produced produced, string name) => Parameters(produced).ObjectAt("properties").ObjectAt(name);

    /// <summary>"an object: {...}" for messages, cut short when long.</summary>
    [GraderOnly]
    protected static string Describe(JsonNode? node) =>
        node is null ? "null" : $"{node.KindName()}: {Teaching.Shorten(JsonText.Show(node))}";
}
