using System.Text.Json.Nodes;

namespace Exercises;

public static class SearchProductsTool
{
    public static JsonObject Definition() => null!;
}
