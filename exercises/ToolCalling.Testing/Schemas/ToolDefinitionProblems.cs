using System.Collections;

namespace ToolCalling.Testing;

/// <summary>
/// The problems found in a tool definition, errors first, at most a fixed number of them so that a huge definition
/// cannot flood a report, and how many more were found but left out.
/// </summary>
public sealed class ToolDefinitionProblems : IReadOnlyList<ToolDefinitionProblem>
{
    private readonly IReadOnlyList<ToolDefinitionProblem> _listed;

    internal ToolDefinitionProblems(IReadOnlyList<ToolDefinitionProblem> listed, UnlistedProblems unlisted)
    {
        _listed = listed;
        Unlisted = unlisted;
    }

    /// <summary>How many problems were found beyond those listed: none unless the list is full.</summary>
    public UnlistedProblems Unlisted { get; }

    /// <summary>How many errors were found, listed or not.</summary>
    public int ErrorCount => _listed.Count(problem => problem.Severity == ProblemSeverity.Error) + Unlisted.Errors;

    /// <summary>How many warnings were found, listed or not.</summary>
    public int WarningCount => _listed.Count(problem => problem.Severity == ProblemSeverity.Warning) + Unlisted.Warnings;

    public int Count => _listed.Count;

    public ToolDefinitionProblem this[int index] => _listed[index];

    public IEnumerator<ToolDefinitionProblem> GetEnumerator() => _listed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
