using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Schemas;

/// <summary>The course's search_products tool, written correctly, for tests to start from and break one thing at a time.</summary>
internal static class SampleTools
{
    public const string SearchProductsJson = """
        {
          "type": "function",
          "function": {
            "name": "search_products",
            "description": "Look up products in the shop's catalog by search words. Gives each match's name, price and stock.",
            "parameters": {
              "type": "object",
              "properties": {
                "query": { "type": "string", "description": "Words to look for, such as 'usb-c charger'" },
                "category": {
                  "type": "string",
                  "description": "Only return products in this category",
                  "enum": ["electronics", "clothing", "books", "home"]
                },
                "max_price": { "type": "number", "description": "Highest price to include, in dollars" },
                "in_stock": { "type": "boolean", "description": "True to return only products that are in stock" }
              },
              "required": ["query"]
            }
          }
        }
        """;

    /// <summary>The same tool in strict mode: every property required, the optional ones nullable, no extra keys.</summary>
    public const string StrictSearchProductsJson = """
        {
          "type": "function",
          "function": {
            "name": "search_products",
            "description": "Look up products in the shop's catalog by search words. Gives each match's name, price and stock.",
            "strict": true,
            "parameters": {
              "type": "object",
              "properties": {
                "query": { "type": "string", "description": "Words to look for, such as 'usb-c charger'" },
                "category": {
                  "type": ["string", "null"],
                  "description": "Only return products in this category, or null for every category",
                  "enum": ["electronics", "clothing", "books", "home", null]
                },
                "max_price": { "type": ["number", "null"], "description": "Highest price to include in dollars, or null for no limit" },
                "in_stock": { "type": ["boolean", "null"], "description": "True to return only products in stock, or null for all" }
              },
              "required": ["query", "category", "max_price", "in_stock"],
              "additionalProperties": false
            }
          }
        }
        """;

    public static JsonObject SearchProducts() => JsonNode.Parse(SearchProductsJson)!.AsObject();

    public static JsonObject StrictSearchProducts() => JsonNode.Parse(StrictSearchProductsJson)!.AsObject();

    public static JsonObject Function(this JsonObject tool) => tool["function"]!.AsObject();

    public static JsonObject Parameters(this JsonObject tool) => tool.Function()["parameters"]!.AsObject();

    public static JsonObject Property(this JsonObject tool, string name) => tool.Parameters()["properties"]![name]!.AsObject();

    public static IReadOnlyList<ToolDefinitionProblem> Errors(this IReadOnlyList<ToolDefinitionProblem> problems) =>
        problems.Where(problem => problem.Severity == ProblemSeverity.Error).ToList();

    public static IReadOnlyList<ToolDefinitionProblem> Warnings(this IReadOnlyList<ToolDefinitionProblem> problems) =>
        problems.Where(problem => problem.Severity == ProblemSeverity.Warning).ToList();

    /// <summary>The one error the test expects; fails with every problem listed when there is not exactly one.</summary>
    public static ToolDefinitionProblem SingleError(this JsonNode? tool, string basePath = "$")
    {
        var errors = ToolDefinitionValidator.Validate(tool, basePath).Errors();
        errors.Should().ContainSingle("exactly one error was expected, but found:\n{0}", string.Join("\n", errors));
        return errors[0];
    }
}
