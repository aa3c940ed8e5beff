namespace ToolCalling.Testing;

/// <summary>
/// Recognises a tool result that was sent back without JSON: plain text where a test reads only part of the result,
/// such as the "error" of an error object, and so cannot use <see cref="Lesson.RequireJson"/>.
/// </summary>
public static class JsonResultHints
{
    /// <summary>
    /// <see cref="CommonMistakes.ResultNotJson"/> when <paramref name="content"/> is text that is not JSON, such as
    /// "Error: ...". None for null (no result was sent, which the failure says by itself) or for JSON of the wrong shape.
    /// </summary>
    public static string? WhenNotJson(string? content) =>
        content is not null && !JsonText.TryParse(content, out _, out _) ? CommonMistakes.ResultNotJson : null;
}
