namespace Grader.Suites;

/// <summary>
/// Who may see a test's details (its inputs, expected values and what came back): everyone, nobody but
/// the instructor, or everyone once the due date has passed. Names and requirements are always shown.
/// </summary>
public enum Visibility
{
    Visible,
    Hidden,
    AfterDueDate,
}
