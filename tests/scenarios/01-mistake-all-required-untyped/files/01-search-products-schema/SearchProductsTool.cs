using System.Text.Json.Nodes;

namespace Exercises;

public static class SearchProductsTool
{
    public static JsonObject Definition() => new()
    {
        ["type"] = "function",
        ["function"] = new JsonObject
        {
            ["name"] = "search_products",
            ["description"] = "Search the e-commerce product catalog by keyword. Returns matching products with their name, price and availability.",
            ["parameters"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["query"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = "What to search for, e.g. 'wireless headphones'.",
                    },
                    ["category"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["enum"] = new JsonArray("electronics", "clothing", "books", "home"),
                        ["description"] = "Only search this catalog category.",
                    },
                    ["max_price"] = new JsonObject
                    {
                        ["description"] = "Only return products that cost at most this much.",
                    },
                    ["in_stock"] = new JsonObject
                    {
                        ["description"] = "When true, only return products that are in stock.",
                    },
                },
                ["required"] = new JsonArray("query", "category", "max_price", "in_stock"),
            },
        },
    };
}
