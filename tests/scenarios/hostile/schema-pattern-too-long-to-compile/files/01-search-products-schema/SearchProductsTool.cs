using System.Text.Json.Nodes;

namespace Exercises;

// Hostile on purpose: the reference definition, with a pattern on query of 240,000 three-letter words joined by "|", in
// a scrambled order. Compiling a regular expression takes time that grows faster than its length, and no time limit
// covers it: each of the grader's checks that compiled this one took about 20 s, in the grader's own process.
public static class SearchProductsTool
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static readonly string Words = string.Join("|", Enumerable.Range(0, 240_000).Select(Word));

    // Every three-letter word of Letters once, as the multiplier has no factor in common with their number.
    private static string Word(int index)
    {
        var scrambled = (int)(index * 104_729L % 238_328);
        return $"{Letters[scrambled % 62]}{Letters[scrambled / 62 % 62]}{Letters[scrambled / 3844]}";
    }

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
                        ["pattern"] = Words,
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
