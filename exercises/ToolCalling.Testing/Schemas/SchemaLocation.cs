using System.Globalization;
using System.Text;

namespace ToolCalling.Testing;

/// <summary>
/// A place inside a JSON Schema: its JSON path, and the API's "context", the keys that lead to it from
/// the schema root written as a Python tuple, such as <c>('properties', 'location')</c>.
/// </summary>
internal sealed class SchemaLocation
{
    // Each location points at its parent, so that going one level deeper costs no copying.
    private readonly SchemaLocation? _parent;
    private readonly object? _segment;

    private SchemaLocation(string path, SchemaLocation? parent, object? segment)
    {
        Path = path;
        _parent = parent;
        _segment = segment;
    }

    public string Path { get; }

    /// <summary>The context tuple as the API prints it: <c>()</c>, <c>('items',)</c>, <c>('anyOf', 0)</c>.</summary>
    public string ContextText
    {
        get
        {
            var segments = new List<string>();
            for (var at = this; at._segment is not null; at = at._parent!)
            {
                segments.Add(Repr(at._segment));
            }

            segments.Reverse();
            return segments.Count == 1 ? $"({segments[0]},)" : $"({string.Join(", ", segments)})";
        }
    }

    public static SchemaLocation Root(string path) => new(path, null, null);

    public SchemaLocation Key(string key) => new(JsonPath.Property(Path, key), this, key);

    public SchemaLocation Index(int index) => new(JsonPath.Index(Path, index), this, index);

    // Python's repr: single quotes unless the text holds a single quote and no double quote.
    private static string Repr(object segment)
    {
        if (segment is int index)
        {
            return index.ToString(CultureInfo.InvariantCulture);
        }

        var text = (string)segment;
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var character in text)
        {
            if (character == '\\' || character == quote)
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.Append(quote).ToString();
    }
}
