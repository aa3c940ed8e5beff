using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// The line of a JSON document on which each of its values starts, by JSON path, so that a problem found in the parsed
/// document can be shown where it is in the file. A path with no value of its own, such as a missing property, is shown
/// on the line of the nearest object or array around it.
/// </summary>
public sealed class JsonLines
{
    private const int NoParent = -1;

    private static readonly JsonLines None = new([]);

    // Each value is stored under its parent's number and its own last step, such as ".name", "['max price']" or
    // "[3]", not under its whole path: under a long name, a hundred thousand paths would each repeat that name.
    private readonly Dictionary<(int Parent, string Step), Value> _values;

    private JsonLines(Dictionary<(int Parent, string Step), Value> values) => _values = values;

    /// <summary>The lines of a UTF-8 document; none are known when it is not valid JSON.</summary>
    public static JsonLines Of(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var counter = new LineCounter();
        var values = new Dictionary<(int Parent, string Step), Value>();
        var open = new List<Container>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var key = open.Count == 0 ? (NoParent, "$") : (open[^1].Number, open[^1].NextStep);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var number = Add(values, key, counter.LineAt(utf8, start));
                        open.Add(new Container(number, reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.RemoveAt(open.Count - 1);
                        ValueDone(open);
                        break;
                    case JsonTokenType.PropertyName:
                        open[^1].PendingName = reader.GetString() ?? "";
                        break;
                    default:
                        Add(values, key, counter.LineAt(utf8, start));
                        ValueDone(open);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return None;
        }

        return new JsonLines(values);
    }

    /// <summary>The 1-based line of the value at <paramref name="path"/>, or of the nearest value around it; null when unknown.</summary>
    public int? LineOf(string path)
    {
        int? line = null;
        var parent = NoParent;
        foreach (var step in Steps(path))
        {
            if (!_values.TryGetValue((parent, step), out var value))
            {
                break;
            }

            (parent, line) = (value.Number, value.Line);
        }

        return line;
    }

    // "$.a['b c'][2]" becomes "$", ".a", "['b c']", "[2]".
    private static IEnumerable<string> Steps(string path)
    {
        var ends = new Stack<int>();
        for (var end = path.Length; end > 0; end = JsonPath.ParentLength(path.AsSpan(0, end)))
        {
            ends.Push(end);
        }

        var start = 0;
        foreach (var end in ends)
        {
            yield return path[start..end];
            start = end;
        }
    }

    // A value met again, under a name an object repeats, keeps its first line and number, as a whole path would.
    private static int Add(Dictionary<(int Parent, string Step), Value> values, (int, string) key, int line)
    {
        if (!values.TryGetValue(key, out var value))
        {
            value = new Value(values.Count, line);
            values.Add(key, value);
        }

        return value.Number;
    }

    private static void ValueDone(List<Container> open)
    {
        if (open.Count > 0)
        {
            open[^1].ValueDone();
        }
    }

    private readonly record struct Value(int Number, int Line);

    private sealed class Container(int number, bool isObject)
    {
        private int _nextIndex;

        public int Number { get; } = number;

        public string? PendingName { get; set; }

        /// <summary>The last step of the path of the value that comes next: its name inside an object, its index inside an array.</summary>
        public string NextStep => isObject ? JsonPath.Property("", PendingName ?? "") : JsonPath.Index("", _nextIndex);

        public void ValueDone()
        {
            PendingName = null;
            _nextIndex++;
        }
    }

    // Counts line breaks once, from the last token to the next, so that numbering a whole document stays linear.
    private sealed class LineCounter
    {
        private int _counted;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> utf8, int offset)
        {
            _line += utf8[_counted..offset].Count((byte)'\n');
            _counted = offset;
            return _line;
        }
    }
}
