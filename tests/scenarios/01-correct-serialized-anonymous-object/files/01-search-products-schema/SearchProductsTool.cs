using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exercises;

// Built from C# objects and serialized, the way some people write request bodies.
public static class SearchProductsTool
{
    private static readonly string[] Categories = ["electronics", "clothing", "books", "home"];

    public static JsonObject Definition()
    {
        var properties = new Dictionary<string, object>
        {
            ["query"] = new { type = "string", description = "The search term." },
            ["category"] = new { type = "string", @enum = Categories, description = "Which part of the catalog to search." },
            ["max_price"] = new { type = "number", exclusiveMinimum = 0, description = "The highest price to return." },
            ["in_stock"] = new { type = "boolean", description = "Only return products in stock." },
        };

        var tool = new
        {
            type = "function",
            function = new
            {
                name = "search_products",
                description = "Find PRODUCTS in the e-commerce catalog that match a search term.",
                parameters = new { type = "object", properties, required = new[] { "query" } },
            },
        };

        return JsonSerializer.SerializeToNode(tool)!.AsObject();
    }
}
