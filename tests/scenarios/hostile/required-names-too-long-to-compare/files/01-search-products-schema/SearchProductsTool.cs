using System.Text.Json.Nodes;

namespace Exercises;

// Hostile on purpose: the reference definition, with a definition under "$defs" that no argument uses, whose 20 required
// names are missing from its 196 properties, every name a thousand characters long and a few letters from the others.
// The grader looks for a property each missing name could be a typo of, and comparing two names used to take work that
// grows with the square of their length: about 80 million steps for each of the 3,920 pairs, in the grader's own process.
public static class SearchProductsTool
{
    private const int NameLength = 1000;

    public static JsonObject Definition() => new()
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
                ["$defs"] = new JsonObject { ["unused"] = LongNames() },
            },
        },
    };

    private static JsonObject LongNames()
    {
        var properties = new JsonObject();
        for (var index = 0; index < 196; index++)
        {
            properties[Name('p', index)] = new JsonObject { ["type"] = "string", ["description"] = "Padding." };
        }

        var required = new JsonArray();
        for (var index = 0; index < 20; index++)
        {
            required.Add(Name('r', index));
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required };
    }

    private static string Name(char letter, int index) => $"{letter}{index:000}" + new string('a', NameLength);
}
