using System.Text.Json.Nodes;

namespace Exercises;

// No argument descriptions, category declared by its enum alone, keys in another order.
public static class SearchProductsTool
{
    public static JsonObject Definition() => new()
    {
        ["function"] = new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["required"] = new JsonArray("query"),
                ["properties"] = new JsonObject
                {
                    ["in_stock"] = new JsonObject { ["type"] = "boolean" },
                    ["max_price"] = new JsonObject { ["type"] = "number" },
                    ["category"] = new JsonObject { ["enum"] = new JsonArray("books", "clothing", "electronics", "home") },
                    ["query"] = new JsonObject { ["type"] = "string" },
                },
                ["type"] = "object",
            },
            ["description"] = "Look up items in the shop's\ncatalogue by keyword",
            ["name"] = "search_products",
        },
        ["type"] = "function",
    };
}
