using System.Globalization;
using System.Text;

namespace ToolCalling.Testing;

/// <summary>
/// A place inside a JSON Schema: its JSON path, and the API's "context", the keys that lead to it from
/// the schema root written as a Python tuple, such as <c>('properties', 'location')</c>.
/// </summary>
/// <remarks>
/// The path is written out only when something asks for it, usually to report a problem: a schema may hold a hundred
/// thousand items under a key of a hundred thousand characters, and a path for each would copy that key every time.
/// </remarks>
internal sealed class SchemaLocation
{
    // Each location points at its parent, so that going one level deeper costs no copying.
    private readonly SchemaLocation? _parent;
    private readonly object? _segment;
    private string? _path;

    private SchemaLocation(string? path, SchemaLocation? parent, object? segment)
    {
        _path = path;
        _parent = parent;
        _segment = segment;
    }

    public string Path => _path ??= _segment is int index ? JsonPath.Index(_parent!.Path, index) : JsonPath.Property(_parent!.Path, (string)_segment!);

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

    public SchemaLocation Key(string key) => new(null, this, key);

    public SchemaLocation Index(int index) => new(null, this, index);

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
