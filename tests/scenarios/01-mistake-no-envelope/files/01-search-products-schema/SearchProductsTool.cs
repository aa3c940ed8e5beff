using System.Text.Json.Nodes;

namespace Exercises;

// The function object alone, without {"type": "function", "function": ...} around it.
public static class SearchProductsTool
{
    public static JsonObject Definition() => new()
    {
        ["name"] = "search_products",
        ["description"] = "Find catalog products that match the search words and list them.",
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["query"] = new JsonObject { ["type"] = "string" },
                ["category"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("electronics", "clothing", "books", "home") },
                ["max_price"] = new JsonObject { ["type"] = "number" },
                ["in_stock"] = new JsonObject { ["type"] = "boolean" },
            },
            ["required"] = new JsonArray("query"),
        },
    };
}
