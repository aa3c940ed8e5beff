using System.Text;

namespace ToolCalling.Testing;

/// <summary>
/// A place inside a JSON Schema: its JSON path, and the API's "context", the keys that lead to it from
/// the schema root written as a Python tuple, such as <c>('properties', 'location')</c>.
/// </summary>
internal sealed class SchemaLocation
{
    private readonly object[] _context;

    private SchemaLocation(string path, object[] context)
    {
        Path = path;
        _context = context;
    }

    public string Path { get; }

    /// <summary>The context tuple as the API prints it: <c>()</c>, <c>('items',)</c>, <c>('anyOf', 0)</c>.</summary>
    public string ContextText => _context.Length switch
    {
        0 => "()",
        1 => $"({Repr(_context[0])},)",
        _ => $"({string.Join(", ", _context.Select(Repr))})",
    };

    public static SchemaLocation Root(string path) => new(path, []);

    public SchemaLocation Key(string key) => new(JsonPath.Property(Path, key), [.. _context, key]);

    public SchemaLocation Index(int index) => new(JsonPath.Index(Path, index), [.. _context, index]);

    // Python's repr: single quotes unless the text holds a single quote and no double quote.
    private static string Repr(object segment)
    {
        if (segment is int index)
        {
            return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var text = (string)segment;
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var character in text)
        {
            builder.Append(character == '\\' || character == quote ? $"\\{character}" : character.ToString());
        }

        return builder.Append(quote).ToString();
    }
}
