using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using ToolCalling.Testing;
using Xunit;

namespace Exercises;

public class SearchProductsToolTests
{
    private static readonly string[] Categories = ["electronics", "clothing", "books", "home"];

    [Fact]
    public void Definition_has_type_function_at_the_top_level()
    {
        var tool = SearchProductsTool.Definition();

        var type = tool.StringAt("type");

        type.Should().Be("function",
            "an OpenAI tool definition starts with \"type\": \"function\" and keeps the function itself under \"function\"{0}",
            tool.ContainsKey("name") ? " (you returned the function object itself; wrap it in {\"type\": \"function\", \"function\": ...})" : "");
    }

    [Fact]
    public void Definition_keeps_the_function_under_the_function_key()
    {
        var function = SearchProductsTool.Definition()["function"];

        Lesson.Require(function is JsonObject,
            "The name, description and parameters live in an object under \"function\".",
            Envelope, function is null ? "no \"function\" key" : $"\"function\": {JsonText.Show(function)} ({function.KindName()})");
    }

    [Fact]
    public void Function_is_named_search_products()
    {
        var name = Function().StringAt("name");

        name.Should().Be("search_products", "the model calls the function by this exact name");
    }

    [Fact]
    public void Function_description_says_what_it_searches()
    {
        var description = Function().StringAt("description") ?? "";

        var words = Teaching.Words(description).Length;
        var mentionsProducts = description.Contains("product", StringComparison.OrdinalIgnoreCase)
            || description.Contains("catalog", StringComparison.OrdinalIgnoreCase);

        Lesson.Require(words >= 4 && mentionsProducts,
            "The description does not tell the model what this tool searches, so the model cannot tell when to call it.",
            "a sentence of at least 4 words that mentions products or the catalog",
            $"{Teaching.Quote(description)} ({words} words)",
            CommonMistakes.VagueDescription);
    }

    [Fact]
    public void Parameters_is_a_json_schema_of_type_object()
    {
        var parameters = Parameters();

        parameters.StringAt("type").Should().Be("object",
            "\"parameters\" must be a JSON Schema describing the arguments object, so it starts with \"type\": \"object\"");
        parameters.ObjectAt("properties").Should().NotBeNull(
            "the arguments are declared one by one under \"properties\"");
    }

    [Fact]
    public void Definition_is_a_valid_openai_tool_definition()
    {
        var problems = ToolDefinitionValidator.Validate(SearchProductsTool.Definition());
        var errors = problems.Where(problem => problem.Severity == ProblemSeverity.Error).Select(problem => problem.ToString())
            .Concat(problems.Unlisted.Errors > 0 ? [new UnlistedProblems(problems.Unlisted.Errors, 0).ToString()] : [])
            .ToList();

        Lesson.Require(errors.Count == 0,
            "The definition has errors: the API would reject it, or the model could not use it as written.",
            "no errors",
            string.Join("\n            ", errors),
            StrictModeHint());
    }

    [Theory]
    [InlineData("query")]
    [InlineData("category")]
    [InlineData("max_price")]
    [InlineData("in_stock")]
    public void Parameters_declare_each_argument(string argument)
    {
        var properties = Parameters().ObjectAt("properties");

        Lesson.Require(properties?.ContainsKey(argument) ?? false,
            $"The model can only send arguments that are declared under \"parameters\".\"properties\", and \"{argument}\" is missing.",
            $"a property named \"{argument}\"",
            properties is null ? "no \"properties\" object" : $"properties: {string.Join(", ", properties.Select(property => $"\"{property.Key}\""))}");
    }

    [Fact]
    public void Category_lists_the_four_catalog_categories()
    {
        var category = Parameters().ObjectAt("properties").ObjectAt("category");
        var allowed = (category?["enum"] as JsonArray)?.ToArray() ?? [];

        Lesson.Require(allowed.Select(value => value?.ToString()).Order().SequenceEqual(Categories.Order()),
            "The category argument must only allow the catalog's categories, so the model cannot invent one such as \"food\".",
            $"\"enum\": [{string.Join(", ", Categories.Select(c => $"\"{c}\""))}]",
            allowed.Length == 0 ? "no \"enum\" on category" : $"\"enum\": [{string.Join(", ", allowed.Select(JsonText.Show))}]",
            allowed.Contains(null) ? StrictModeHint() : null);
    }

    [Theory]
    [InlineData("""{"query": "headphones"}""")]
    [InlineData("""{"query": "lamp", "category": "home", "max_price": 49.99, "in_stock": true}""")]
    [InlineData("""{"query": "novel", "category": "books"}""")]
    [InlineData("""{"query": "jacket", "max_price": 120}""")]
    public void Parameters_accept_arguments_the_model_may_send(string arguments)
    {
        var violations = Validator().Validate(JsonNode.Parse(arguments));

        Lesson.Require(violations.Count == 0,
            "The parameters schema rejects arguments that are valid for search_products (only query is required).",
            $"{arguments} to be accepted",
            $"rejected: {string.Join("; ", violations)}",
            StrictModeHint() ?? RequiredArgumentHints.WhenValidArgumentsRejected(violations, OptionalArguments));
    }

    [Theory]
    [InlineData("""{"category": "books"}""", "query", "query is required, so it must be listed in \"required\"")]
    [InlineData("""{"query": "apple", "category": "food"}""", "category", "category must be one of electronics, clothing, books, home (an \"enum\")")]
    [InlineData("""{"query": "lamp", "max_price": "cheap"}""", "max_price", "max_price must be a number (\"type\": \"number\")")]
    [InlineData("""{"query": "lamp", "in_stock": "yes"}""", "in_stock", "in_stock must be a boolean (\"type\": \"boolean\")")]
    public void Parameters_reject_arguments_that_break_the_rules(string arguments, string argument, string rule)
    {
        var problem = SampleRejection.Problem(Validator(), JsonNode.Parse(arguments)!, argument, OptionalArguments);

        Lesson.Require(problem is null,
            $"The parameters schema must reject arguments that break a rule, because they break it: {rule}.",
            $"{arguments} to be rejected because of {argument}",
            problem?.Text ?? "", problem?.LikelyMistake);
    }

    private static readonly string[] OptionalArguments = ["category", "max_price", "in_stock"];

    private const string Envelope = "{\"type\": \"function\", \"function\": {\"name\": ..., \"description\": ..., \"parameters\": ...}}";

    private static JsonObject Function()
    {
        var function = SearchProductsTool.Definition().ObjectAt("function");
        function.Should().NotBeNull("an OpenAI tool definition has the shape {0}; fix that first", Envelope);
        return function!;
    }

    private static JsonObject Parameters()
    {
        var parameters = Function().ObjectAt("parameters");
        parameters.Should().NotBeNull("the arguments are described by a JSON Schema object under \"function\".\"parameters\"");
        return parameters!;
    }

    private static SchemaValidator Validator() => SchemaValidator.For(Parameters());

    // Strict mode wants every argument required, which rule 6 forbids: its advice leads nowhere in this exercise.
    private static string? StrictModeHint() =>
        (SearchProductsTool.Definition().ObjectAt("function")?["strict"] as JsonValue)?.GetValueKind() == JsonValueKind.True
            ? CommonMistakes.StrictModeMakesArgumentsRequired
            : null;
}
