using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing.Tests.Support;

/// <summary>Single-line JSON with only the escapes JSON requires, so expected texts stay readable.</summary>
internal static class Compact
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(JsonNode? node) => node?.ToJsonString(Relaxed) ?? "null";

    public static string Of(string json) => Of(JsonNode.Parse(json));
}
