using System.Text.Json.Nodes;

namespace Exercises;

// Each category is its own const, so each can say what it holds.
public static class SearchProductsTool
{
    public static JsonObject Definition() => new()
    {
        ["type"] = "function",
        ["function"] = new JsonObject
        {
            ["name"] = "search_products",
            ["description"] = "Find catalog products that match the search words, listing each one with its name, price and stock.",
            ["parameters"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["query"] = new JsonObject { ["type"] = "string", ["description"] = "Words to search for, e.g. 'running shoes'." },
                    ["category"] = new JsonObject
                    {
                        ["description"] = "Limit the search to one catalog category.",
                        ["anyOf"] = new JsonArray(
                            Category("electronics", "Phones, computers and audio."),
                            Category("clothing", "Garments, shoes and accessories."),
                            Category("books", "Printed books and e-books."),
                            Category("home", "Furniture, kitchen and decor.")),
                    },
                    ["max_price"] = new JsonObject { ["type"] = "number", ["description"] = "Highest price to include." },
                    ["in_stock"] = new JsonObject { ["type"] = "boolean", ["description"] = "Only products that can ship now." },
                },
                ["required"] = new JsonArray("query"),
            },
        },
    };

    private static JsonObject Category(string name, string holds) =>
        new() { ["type"] = "string", ["const"] = name, ["description"] = holds };
}
