using System.Text.Json;

namespace ToolCalling.Testing;

/// <summary>
/// Reads UTF-8 JSON once, token by token, to find what a plain parse would not report well: duplicate
/// keys with their path, nesting beyond the limit, broken escapes, and the context of syntax errors.
/// </summary>
internal static class JsonSyntaxCheck
{
    public static void Run(ReadOnlySpan<byte> utf8, string sourceName, JsonInputLimits limits)
    {
        // One level of slack so that this check, which names the path, reports the depth first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = Math.Min(limits.MaxDepth, int.MaxValue - 1) + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var open = new List<OpenContainer>();
        var lastTokenEnd = 0;
        var rootDone = false;

        try
        {
            while (reader.Read())
            {
                var tokenStart = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (open.Count >= limits.MaxDepth)
                        {
                            throw Fail(utf8, sourceName, tokenStart, NextValuePath(open),
                                $"the JSON nests objects and arrays more than {limits.MaxDepth} levels deep, the most this reader accepts; " +
                                "a tool definition needs only a few levels");
                        }

                        open.Add(new OpenContainer(reader.TokenType == JsonTokenType.StartObject, open.Count == 0 ? null : open[^1], tokenStart));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.RemoveAt(open.Count - 1);
                        rootDone = ValueDone(open);
                        break;
                    case JsonTokenType.PropertyName:
                        CheckName(ref reader, utf8, sourceName, open[^1], tokenStart);
                        break;
                    default:
                        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                        {
                            ReadEscapedString(ref reader, utf8, sourceName, () => NextValuePath(open), tokenStart);
                        }

                        rootDone = ValueDone(open);
                        break;
                }

                lastTokenEnd = (int)reader.BytesConsumed;
            }
        }
        catch (JsonException exception)
        {
            throw JsonSyntaxErrors.Explain(exception, new SyntaxContext(utf8, sourceName, open, lastTokenEnd, rootDone));
        }
    }

    internal static JsonInputException Fail(ReadOnlySpan<byte> utf8, string sourceName, int offset, string? path, string reason)
    {
        var position = TextPosition.InUtf8(utf8, offset);
        return new JsonInputException(sourceName, reason, position.Line, position.Column, path);
    }

    private static void CheckName(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string sourceName, OpenContainer owner, int tokenStart)
    {
        var name = ReadEscapedString(ref reader, utf8, sourceName, () => owner.Path, tokenStart);
        var earlier = owner.AddName(name, tokenStart);
        if (earlier is not null)
        {
            var first = TextPosition.InUtf8(utf8, earlier.Value);
            throw Fail(utf8, sourceName, tokenStart, owner.NextValuePath,
                $"the key \"{name}\" appears twice in the same object (first at line {first.Line}, column {first.Column}); " +
                "remove one of them, because JSON readers disagree about which copy wins");
        }
    }

    // The path is written out only for a string that cannot be read.
    private static string ReadEscapedString(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string sourceName, Func<string> path, int tokenStart)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw Fail(utf8, sourceName, tokenStart, path(),
                "a string holds a \\u escape for half of a character pair (a lone surrogate such as \\ud83d); " +
                "escape both halves, or write the character itself");
        }
    }

    private static string NextValuePath(List<OpenContainer> open) => open.Count == 0 ? "$" : open[^1].NextValuePath;

    private static bool ValueDone(List<OpenContainer> open)
    {
        if (open.Count == 0)
        {
            return true;
        }

        open[^1].ValueDone();
        return false;
    }
}
