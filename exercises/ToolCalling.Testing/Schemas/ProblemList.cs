namespace ToolCalling.Testing;

/// <summary>
/// Collects problems, stopping at a fixed number so that a huge input cannot flood a report. Errors come first: once
/// the list is full, an error takes the place of the last warning listed, so that no error is hidden behind warnings.
/// The problems it gives list the errors before the warnings, each in the order found, and count those left out.
/// </summary>
internal sealed class ProblemList
{
    private const int MaxProblems = 200;

    private readonly List<ToolDefinitionProblem> _items = [];
    private int _listedWarnings;
    private int _droppedErrors;
    private int _droppedWarnings;

    /// <summary>How many errors were found, listed or not.</summary>
    public int ErrorCount { get; private set; }

    public void Error(string path, string message, string? hint = null, ApiRejection? rejection = null) =>
        Add(new ToolDefinitionProblem(path, message, ProblemSeverity.Error) { Hint = hint, Rejection = rejection });

    public void Warning(string path, string message, string? hint = null) =>
        Add(new ToolDefinitionProblem(path, message, ProblemSeverity.Warning) { Hint = hint });

    /// <summary>An error at <paramref name="at"/>, whose path is written out only if the error is listed.</summary>
    public void Error(SchemaLocation at, string message, string? hint = null)
    {
        if (IsFull && _listedWarnings == 0)
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

    /// <summary>
    /// Problems another list found, such as one tool's among many, under this list's limit; those the other list left
    /// unlisted stay counted.
    /// </summary>
    public void AddRange(ToolDefinitionProblems problems)
    {
        AddRange(problems.AsEnumerable());
        ErrorCount += problems.Unlisted.Errors;
        _droppedErrors += problems.Unlisted.Errors;
        _droppedWarnings += problems.Unlisted.Warnings;
    }

    public void AddRange(IEnumerable<ToolDefinitionProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    public ToolDefinitionProblems ToProblems() =>
        new([.. _items.OrderBy(item => item.Severity)], new UnlistedProblems(_droppedErrors, _droppedWarnings));

    private bool IsFull => _items.Count >= MaxProblems;

    private void Add(ToolDefinitionProblem problem)
    {
        if (IsFull && !(problem.Severity == ProblemSeverity.Error && MakeRoomForAnError()))
        {
            Drop(problem.Severity);
            return;
        }

        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }
        else
        {
            _listedWarnings++;
        }

        _items.Add(problem);
    }

    private bool MakeRoomForAnError()
    {
        var lastWarning = _items.FindLastIndex(item => item.Severity == ProblemSeverity.Warning);
        if (lastWarning < 0)
        {
            return false;
        }

        _items.RemoveAt(lastWarning);
        _listedWarnings--;
        _droppedWarnings++;
        return true;
    }

    private void Drop(ProblemSeverity severity)
    {
        if (severity == ProblemSeverity.Error)
        {
            ErrorCount++;
            _droppedErrors++;
        }
        else
        {
            _droppedWarnings++;
        }
    }
}
