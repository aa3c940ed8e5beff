using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

/// <summary>
/// Runs sample arguments through a real JSON Schema validator, so that any schema that behaves correctly
/// passes, however it is written.
/// </summary>
public static class ArgumentSamples
{
    // What to build, step 6: only query is required.
    private static readonly string[] OptionalArguments = ["category", "max_price", "in_stock"];

    [GraderOnly]
    public static void RequireAccepted(JsonObject parameters, string rule, IEnumerable<JsonNode> samples, string? likelyMistake = null)
    {
        var validator = Load(parameters);
        var rejected = samples
            .Select(sample => (Sample: sample, Violations: validator.Validate(sample)))
            .Where(result => result.Violations.Count > 0)
            .ToList();
        Lesson.Require(rejected.Count == 0,
            $"The parameters schema rejects arguments that are valid for search_products: {rule}.",
            "every sample accepted",
            string.Join("\n            ", rejected.Select(result => $"{JsonText.Show(result.Sample)} was rejected ({string.Join("; ", result.Violations)})")),
            likelyMistake ?? RequiredArgumentHints.WhenValidArgumentsRejected(rejected.SelectMany(result => result.Violations), OptionalArguments));
    }

    [GraderOnly]
    public static void RequireAccepted(JsonObject parameters, string rule, string? likelyMistake, params string[] samples) =>
        RequireAccepted(parameters, rule, samples.Select(Parse), likelyMistake);

    /// <summary>
    /// Requires each sample to be rejected because of <paramref name="property"/>: a schema that rejects it for another
    /// property only (one wrongly listed in "required", say) has not shown that it checks the rule.
    /// </summary>
    [GraderOnly]
    public static void RequireRejected(JsonObject parameters, string rule, string property, params string[] samples) =>
        RequireRejected(parameters, rule, samples.Select(sample => (sample, property)).ToArray());

    [GraderOnly]
    public static void RequireRejected(JsonObject parameters, string rule, params (string Sample, string Property)[] samples)
    {
        var validator = Load(parameters);
        var wrong = samples
            .Select(sample => SampleRejection.Problem(validator, Parse(sample.Sample), sample.Property, OptionalArguments))
            .OfType<SampleRejection.Miss>()
            .ToList();
        Lesson.Require(wrong.Count == 0,
            $"The parameters schema must reject arguments that break a rule, because they break it: {rule}.",
            "every sample rejected for breaking that rule", string.Join("\n            ", wrong.Select(miss => miss.Text)),
            wrong.Select(miss => miss.LikelyMistake).FirstOrDefault(hint => hint is not null));
    }

    /// <summary>Builds an arguments object from name and value pairs, leaving out the null ones.</summary>
    [GraderOnly]
    public static JsonObject Arguments(params (string Name, JsonNode? Value)[] arguments)
    {
        var sample = new JsonObject();
        foreach (var (name, value) in arguments.Where(argument => argument.Value is not null))
        {
            sample[name] = value;
        }

        return sample;
    }

    [GraderOnly]
    private static JsonNode Parse(string sample) => JsonNode.Parse(sample)!;

    [GraderOnly]
    private static SchemaValidator Load(JsonObject parameters)
    {
        try
        {
            return SchemaValidator.For(parameters);
        }
        catch (InvalidSchemaException invalid)
        {
            Lesson.Require(false, "A JSON Schema validator cannot use the parameters schema, so it cannot check any arguments.",
                "a valid JSON Schema", invalid.Message);
            throw;
        }
    }
}
