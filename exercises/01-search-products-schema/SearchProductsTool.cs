using System.Text.Json.Nodes;

namespace Exercises;

public static class SearchProductsTool
{
    public static JsonObject Definition() =>
        throw new NotImplementedException(
            "Return the OpenAI tool definition for search_products: {\"type\": \"function\", \"function\": {name, description, parameters}}. See README.md.");
}
