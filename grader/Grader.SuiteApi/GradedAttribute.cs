namespace Grader.Suites;

/// <summary>
/// Marks a hidden test: how many points it is worth, who may see its details, and the feedback a learner
/// reads when it fails. The feedback names the requirement from the exercise's instructions that the test
/// checks; it must never give away the test's inputs or expected values.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GradedAttribute(double points, string feedback) : Attribute
{
    public double Points { get; } = points;

    public string Feedback { get; } = feedback;

    public Visibility Visibility { get; init; } = Visibility.Hidden;

    /// <summary>A display name; by default the class name with underscores turned into spaces.</summary>
    public string? Name { get; init; }
}
