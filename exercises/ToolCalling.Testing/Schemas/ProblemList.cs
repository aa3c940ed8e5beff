namespace ToolCalling.Testing;

/// <summary>Collects problems, stopping at a fixed number so that a huge input cannot flood a report.</summary>
internal sealed class ProblemList
{
    private const int MaxProblems = 200;

    private readonly List<ToolDefinitionProblem> _items = [];
    private int _dropped;
    private bool _droppedAnError;

    public int ErrorCount { get; private set; }

    public void Error(string path, string message, string? hint = null, ApiRejection? rejection = null) =>
        Add(new ToolDefinitionProblem(path, message, ProblemSeverity.Error) { Hint = hint, Rejection = rejection });

    public void Warning(string path, string message, string? hint = null) =>
        Add(new ToolDefinitionProblem(path, message, ProblemSeverity.Warning) { Hint = hint });

    /// <summary>An error at <paramref name="at"/>, whose path is written out only if the error is listed.</summary>
    public void Error(SchemaLocation at, string message, string? hint = null)
    {
        if (IsFull)
        {
            Drop(ProblemSeverity.Error);
            return;
        }

        Error(at.Path, message, hint);
    }

    /// <summary>A warning at <paramref name="at"/>, whose path is written out only if the warning is listed.</summary>
    public void Warning(SchemaLocation at, string message, string? hint = null)
    {
        if (IsFull)
        {
            Drop(ProblemSeverity.Warning);
            return;
        }

        Warning(at.Path, message, hint);
    }

    public IReadOnlyList<ToolDefinitionProblem> ToList()
    {
        if (_dropped == 0)
        {
            return [.. _items];
        }

        var severity = _droppedAnError ? ProblemSeverity.Error : ProblemSeverity.Warning;
        var summary = new ToolDefinitionProblem(_items[^1].Path,
            $"{_dropped} more problem(s) were found but not listed; fix the ones above and check again", severity);
        return [.. _items, summary];
    }

    private bool IsFull => _items.Count >= MaxProblems;

    private void Add(ToolDefinitionProblem problem)
    {
        if (IsFull)
        {
            Drop(problem.Severity);
            return;
        }

        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        _items.Add(problem);
    }

    private void Drop(ProblemSeverity severity)
    {
        if (severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        _dropped++;
        _droppedAnError |= severity == ProblemSeverity.Error;
    }
}
