using System.Text.Json.Nodes;

namespace Exercises;

public static class SearchProductsTool
{
    private const string Json = """
        {
          "type": "function",
          "function": {
            "name": "search_products",
            "description": "Searches products\nby keyword.",
            "parameters": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "query": { "type": ["string"], "minLength": 1, "description": "Words to search for." },
                "category": { "type": "string", "enum": ["home", "books", "clothing", "electronics"], "description": "A catalog category." },
                "max_price": { "type": "number", "minimum": 0, "description": "Highest price, in dollars." },
                "in_stock": { "type": "boolean", "default": false, "description": "Only products in stock." }
              },
              "required": ["query"]
            }
          }
        }
        """;

    public static JsonObject Definition() => JsonNode.Parse(Json)!.AsObject();
}
