using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(2, "The whole definition is one the API would accept: no unknown keys, JSON Schema keywords used as JSON Schema defines them (What to build, step 7).", Visibility = Visibility.Visible)]
public sealed class Definition_is_a_valid_openai_tool_definition : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var problems = ToolDefinitionValidator.Validate(DefinitionAsWritten(produced));
        var errors = problems.Where(problem => problem.Severity == ProblemSeverity.Error).Select(problem => problem.ToString())
            .Concat(problems.Unlisted.Errors > 0 ? [new UnlistedProblems(problems.Unlisted.Errors, 0).ToString()] : [])
            .ToList();
        Lesson.Require(errors.Count == 0,
            "The definition has errors: the API would reject it, or the model could not use it as written.",
            "no errors", string.Join("\n            ", errors), StrictModeHint(produced));
    }
}

[Graded(0, "Recommended, worth no points: every argument has a \"description\" (Good to know). Warnings only.", Visibility = Visibility.Visible,
    Name = "Every argument has a description (a recommendation, no points)")]
public sealed class Every_argument_has_a_description : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var warnings = ToolDefinitionValidator.Validate(Definition(produced))
            .Where(problem => problem.Severity == ProblemSeverity.Warning && problem.Path.Contains(".properties.", StringComparison.Ordinal))
            .ToList();
        Lesson.Require(warnings.Count == 0,
            "Some arguments have no description; the model chooses better values when it knows what each one means.",
            "a \"description\" on every argument", string.Join("\n            ", warnings));
    }
}
