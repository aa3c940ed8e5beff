namespace ToolCalling.Testing;

/// <summary>
/// JSON input that cannot be used, with where the problem is (source, line, column, JSON path) and
/// what it is, in words meant for the person who wrote the input.
/// </summary>
public sealed class JsonInputException : Exception
{
    public JsonInputException(string sourceName, string reason, int? line = null, int? column = null, string? jsonPath = null)
        : base(Format(sourceName, reason, line, column, jsonPath))
    {
        SourceName = sourceName;
        Reason = reason;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
    }

    /// <summary>The file name or label the input came from, as the caller named it.</summary>
    public string SourceName { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; }

    /// <summary>1-based line, when the problem has a place in the text.</summary>
    public int? Line { get; }

    /// <summary>1-based column, counted in characters.</summary>
    public int? Column { get; }

    /// <summary>Where in the JSON structure the problem is, such as <c>$.function.name</c>, when that is known.</summary>
    public string? JsonPath { get; }

    private static string Format(string sourceName, string reason, int? line, int? column, string? jsonPath)
    {
        var location = line is null ? sourceName : $"{sourceName}:{line}:{column}";
        var path = jsonPath is null or "$" ? "" : $" (at {jsonPath})";
        return string.IsNullOrWhiteSpace(location) ? $"{reason}{path}" : $"{location}: {reason}{path}";
    }
}
