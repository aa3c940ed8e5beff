using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Grader.Suites;
using ToolCalling.Testing;

namespace Grader.Reports;

/// <summary>
/// Reads what <see cref="JsonReportWriter"/> wrote back into a <see cref="GradingReport"/>. Anything else
/// (broken JSON, another tool's file, a newer format version) gives a reason instead of an exception.
/// Unknown fields are ignored, so later versions may add fields without breaking this reader.
/// </summary>
public static class JsonReportReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Reads a report, or explains in <paramref name="error"/> why the text is not one.</summary>
    public static bool TryRead(string json, [NotNullWhen(true)] out GradingReport? report, out string error)
    {
        report = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Strict);
        }
        catch (JsonException exception)
        {
            error = $"not valid JSON (line {exception.LineNumber + 1}: {FirstSentence(exception.Message)})";
            return false;
        }
        catch (ArgumentException)
        {
            // Parse throws this for a string holding half a surrogate pair, e.g. a file cut inside an emoji.
            error = "not valid JSON (it holds broken Unicode text; was the file cut off?)";
            return false;
        }

        using (document)
        {
            try
            {
                report = ReadReport(document.RootElement);
                error = "";
                return true;
            }
            catch (ShapeException exception)
            {
                error = exception.Message;
                return false;
            }
        }
    }

    /// <summary>Reads a report or throws <see cref="InvalidReportException"/> with the reason.</summary>
    public static GradingReport Read(string json) =>
        TryRead(json, out var report, out var error) ? report : throw new InvalidReportException(error);

    private static GradingReport ReadReport(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version))
        {
            throw new ShapeException("not a grader report: it has no \"version\" field at the top");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != GradingReport.FormatVersion)
        {
            throw new ShapeException(
                $"written in report format version {version.GetRawText()}, but this grader reads version {GradingReport.FormatVersion}; grade the submission again to replace it");
        }

        return new GradingReport(
            Text(root, "submission", "$"),
            Number(root, "score", "$"),
            Number(root, "max_score", "$"),
            Number(root, "execution_time", "$"),
            Text(root, "sandbox", "$"),
            Items(root, "exercises", "$", ReadExercise));
    }

    private static ExerciseResult ReadExercise(JsonElement exercise, string path) => new(
        Text(exercise, "slug", path),
        Number(exercise, "score", path),
        Number(exercise, "max_score", path),
        Name<ExerciseStatus>(exercise, "status", path),
        Text(exercise, "message", path),
        Items(exercise, "tests", path, ReadTest),
        // Reports of this format version written before exercises had a time of their own have none.
        exercise.TryGetProperty("execution_time", out _) ? Number(exercise, "execution_time", path) : 0);

    private static TestResult ReadTest(JsonElement test, string path) => new(
        Text(test, "name", path),
        Number(test, "score", path),
        Number(test, "max_score", path),
        Name<TestStatus>(test, "status", path),
        Text(test, "message", path),
        Name<Visibility>(test, "visibility", path),
        // Reports written before tests named their likely mistake have no such field.
        test.TryGetProperty("likely_mistake", out var mistake) && mistake.ValueKind != JsonValueKind.Null ? Text(test, "likely_mistake", path) : null);

    private static JsonElement Field(JsonElement parent, string name, string path, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new ShapeException($"not a grader report: at {path}, the \"{name}\" field is missing");
        }

        return value.ValueKind == kind
            ? value
            : throw Unexpected(JsonPath.Property(path, name), Describe(kind), value);
    }

    private static string Text(JsonElement parent, string name, string path)
    {
        var value = Field(parent, name, path, JsonValueKind.String);
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Unexpected(JsonPath.Property(path, name), "text in valid UTF-16", value);
        }
    }

    private static double Number(JsonElement parent, string name, string path)
    {
        var value = Field(parent, name, path, JsonValueKind.Number);
        return value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw Unexpected(JsonPath.Property(path, name), "a number of ordinary size", value);
    }

    private static T Name<T>(JsonElement parent, string name, string path)
        where T : struct, Enum
    {
        var text = Text(parent, name, path);
        return ReportNames.TryParse<T>(text, out var value)
            ? value
            : throw Unexpected(JsonPath.Property(path, name), $"one of {ReportNames.All<T>()}", parent.GetProperty(name));
    }

    private static List<T> Items<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T> read)
    {
        var array = Field(parent, name, path, JsonValueKind.Array);
        var items = new List<T>();
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = JsonPath.Index(JsonPath.Property(path, name), items.Count);
            items.Add(item.ValueKind == JsonValueKind.Object ? read(item, itemPath) : throw Unexpected(itemPath, "an object", item));
        }

        return items;
    }

    private static ShapeException Unexpected(string path, string expected, JsonElement found)
    {
        var text = found.GetRawText();
        var shown = text.Length <= 40 ? text : text[..37] + "...";
        return new ShapeException($"not a grader report: at {path}, expected {expected} but found {shown}");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        _ => "a number",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private sealed class ShapeException(string message) : Exception(message);
}
