using System.Text.Json.Nodes;

namespace Exercises;

// Hostile on purpose: the reference definition with 63 arrays nested one in the other under an extra key, one level
// more than the event that carries the definition to the grader can hold.
public static class SearchProductsTool
{
    public static JsonObject Definition()
    {
        JsonNode deep = new JsonArray();
        for (var level = 1; level < 63; level++)
        {
            deep = new JsonArray(deep);
        }

        var definition = Reference();
        definition["deep"] = deep;
        return definition;
    }

    private static JsonObject Reference() => new()
    {
        ["type"] = "function",
        ["function"] = new JsonObject
        {
            ["name"] = "search_products",
            ["description"] = "Look up products in the online shop's catalog by search words. Gives each match's name, price and whether it is in stock.",
            ["parameters"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["query"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = "Words to look for in product names, such as 'usb-c charger'.",
                    },
                    ["category"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["enum"] = new JsonArray("electronics", "clothing", "books", "home"),
                        ["description"] = "Only search this catalog category.",
                    },
                    ["max_price"] = new JsonObject
                    {
                        ["type"] = "number",
                        ["description"] = "Only return products that cost at most this much.",
                    },
                    ["in_stock"] = new JsonObject
                    {
                        ["type"] = "boolean",
                        ["description"] = "When true, only return products that are in stock.",
                    },
                },
                ["required"] = new JsonArray("query"),
            },
        },
    };
}
