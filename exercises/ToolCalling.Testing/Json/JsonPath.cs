using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>Builds JSONPath-style locations such as <c>$.function.parameters.properties['max price']</c>.</summary>
public static partial class JsonPath
{
    public static string Property(string parent, string name) =>
        SimpleName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
