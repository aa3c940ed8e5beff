using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>JSON Schema's type names, and the names people write instead of them.</summary>
internal static class TypeNames
{
    public static readonly IReadOnlyList<string> Valid = ["string", "number", "integer", "boolean", "object", "array", "null"];

    // Python, C# and TypeScript names that learners carry over, with the JSON Schema name each one means.
    private static readonly Dictionary<string, string> Borrowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["str"] = "string",
        ["text"] = "string",
        ["int"] = "integer",
        ["long"] = "integer",
        ["float"] = "number",
        ["double"] = "number",
        ["decimal"] = "number",
        ["bool"] = "boolean",
        ["dict"] = "object",
        ["map"] = "object",
        ["list"] = "array",
        ["tuple"] = "array",
        ["none"] = "null",
        ["nonetype"] = "null",
    };

    public static bool IsValid(string name) => Valid.Contains(name);

    /// <summary>What to write instead of an unknown type name, when a good guess exists.</summary>
    public static string? Suggest(string name)
    {
        if (Borrowed.TryGetValue(name, out var meant))
        {
            return meant;
        }

        var lower = name.ToLowerInvariant();
        return Valid.FirstOrDefault(valid => valid == lower || Spelling.Distance(valid, lower) <= 2);
    }

    /// <summary>Whether a value may appear in a schema whose type list is <paramref name="types"/>.</summary>
    public static bool Allows(IReadOnlyList<string> types, JsonNode? value) => JsonKinds.KindOf(value) switch
    {
        JsonValueKind.String => types.Contains("string"),
        JsonValueKind.Number => types.Contains("number") || (types.Contains("integer") && JsonKinds.IsInteger(value)),
        JsonValueKind.True or JsonValueKind.False => types.Contains("boolean"),
        JsonValueKind.Object => types.Contains("object"),
        JsonValueKind.Array => types.Contains("array"),
        _ => types.Contains("null"),
    };
}
