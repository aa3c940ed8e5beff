namespace ToolCalling.Testing;

/// <summary>One problem in a tool definition: where (a JSON path), what, and how much it matters.</summary>
/// <param name="Path">Where the problem is, such as <c>$.function.parameters.properties.category.enum</c>.</param>
/// <param name="Message">What is wrong. When <see cref="Rejection"/> is set, these are the API's own words.</param>
/// <param name="Severity">Whether the definition is wrong or only likely to be used badly.</param>
public sealed record ToolDefinitionProblem(string Path, string Message, ProblemSeverity Severity)
{
    /// <summary>What to do about it, kept apart so that <see cref="Message"/> can quote the API exactly.</summary>
    public string? Hint { get; init; }

    /// <summary>Set when the real API rejects the request this way; a mock model can answer with it.</summary>
    public ApiRejection? Rejection { get; init; }

    public override string ToString()
    {
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : (Message.EndsWith('.') ? " " : ". ") + Hint;
        return $"{severity} at {Path}: {Message}{hint}";
    }
}
