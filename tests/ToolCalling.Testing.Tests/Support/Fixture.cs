using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Support;

/// <summary>JSON files under Fixtures/, copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonNode Node(string name) => JsonNode.Parse(Text(name))!;
}
