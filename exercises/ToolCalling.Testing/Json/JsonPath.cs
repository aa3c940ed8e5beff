using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>Builds JSONPath-style locations such as <c>$.function.parameters.properties['max price']</c>.</summary>
public static partial class JsonPath
{
    /// <summary>
    /// A property of <paramref name="parent"/>: after a dot when its name is a plain identifier, otherwise in brackets and
    /// quotes, escaped as RFC 9535 writes normalized paths, so that any name, even "0" or "a.b", reads back as itself.
    /// </summary>
    public static string Property(string parent, string name) =>
        SimpleName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{Escape(name)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>
    /// The path of <paramref name="node"/>, found inside <paramref name="root"/>, under <paramref name="rootPath"/>. Searches
    /// build this for the one node they find rather than a path for every node they pass.
    /// </summary>
    internal static string Of(JsonNode node, JsonNode root, string rootPath)
    {
        var route = new Stack<JsonNode>();
        for (var at = node; !ReferenceEquals(at, root); at = at.Parent!)
        {
            route.Push(at);
        }

        var path = rootPath;
        foreach (var at in route)
        {
            path = at.Parent is JsonArray ? Index(path, at.GetElementIndex()) : Property(path, at.GetPropertyName());
        }

        return path;
    }

    /// <summary>
    /// The path one level up from a path these methods built, or null for <c>$</c>. Inside brackets every quote is
    /// escaped, so the last unescaped <c>['</c> starts the last step.
    /// </summary>
    internal static string? Parent(string path) => ParentLength(path) is > 0 and var length ? path[..length] : null;

    /// <summary>How long the path one level up is, or 0 or less for <c>$</c>; unlike <see cref="Parent"/>, copies nothing.</summary>
    internal static int ParentLength(ReadOnlySpan<char> path) =>
        path.EndsWith("']") ? path.LastIndexOf("['")
            : path.EndsWith("]") ? path.LastIndexOf('[')
            : path.LastIndexOf('.');

    private static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (var character in name)
        {
            builder.Append(character switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
