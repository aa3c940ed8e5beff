using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>Turns the arguments a test writes (an object, a JSON node, or JSON text) into the arguments string of a tool call.</summary>
internal static class ArgumentsText
{
    public static string From(object? arguments) => arguments switch
    {
        null => "{}",
        string json => json,
        JsonNode node => WireJson.WriteNode(node),
        _ => WireJson.Write(arguments),
    };
}
