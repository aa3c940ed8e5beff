using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// The line of a JSON document on which each of its values starts, by JSON path, so that a problem found in the parsed
/// document can be shown where it is in the file. A path with no value of its own, such as a missing property, is shown
/// on the line of the nearest object or array around it.
/// </summary>
public sealed class JsonLines
{
    private static readonly JsonLines None = new([]);

    private readonly Dictionary<string, int> _lines;

    private JsonLines(Dictionary<string, int> lines) => _lines = lines;

    /// <summary>The lines of a UTF-8 document; none are known when it is not valid JSON.</summary>
    public static JsonLines Of(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var counter = new LineCounter();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new List<OpenContainer>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var path = open.Count == 0 ? "$" : open[^1].NextValuePath;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        lines.TryAdd(path, counter.LineAt(utf8, start));
                        open.Add(new OpenContainer(reader.TokenType == JsonTokenType.StartObject, path, start));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.RemoveAt(open.Count - 1);
                        ValueDone(open);
                        break;
                    case JsonTokenType.PropertyName:
                        open[^1].AddName(reader.GetString() ?? "", start);
                        break;
                    default:
                        lines.TryAdd(path, counter.LineAt(utf8, start));
                        ValueDone(open);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return None;
        }

        return new JsonLines(lines);
    }

    /// <summary>The lines of a JSON file; none are known when it cannot be read or is not valid JSON.</summary>
    public static JsonLines ReadFile(string path)
    {
        try
        {
            return Of(JsonFile.ReadBytes(path, JsonInputLimits.Default));
        }
        catch (JsonInputException)
        {
            return None;
        }
    }

    /// <summary>The 1-based line of the value at <paramref name="path"/>, or of the nearest value around it; null when unknown.</summary>
    public int? LineOf(string path)
    {
        for (var at = path; at is not null; at = JsonPath.Parent(at))
        {
            if (_lines.TryGetValue(at, out var line))
            {
                return line;
            }
        }

        return null;
    }

    private static void ValueDone(List<OpenContainer> open)
    {
        if (open.Count > 0)
        {
            open[^1].ValueDone();
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
