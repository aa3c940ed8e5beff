using System.Text.Json.Nodes;

namespace Exercises;

// Every part present, each of the wrong JSON kind.
public static class SearchProductsTool
{
    public static JsonObject Definition() => new()
    {
        ["type"] = new JsonArray("function"),
        ["function"] = new JsonObject
        {
            ["name"] = 42,
            ["description"] = new JsonObject { ["text"] = "Search the product catalog" },
            ["parameters"] = new JsonObject
            {
                ["type"] = 7,
                ["properties"] = new JsonArray("query", "category"),
                ["required"] = "query",
            },
        },
    };
}
