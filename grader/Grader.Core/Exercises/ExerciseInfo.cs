namespace Grader.Exercises;

/// <summary>
/// One exercise as its <c>.meta/config.json</c> describes it: which files the learner writes, which are
/// visible tests, and which are given (the grader always uses its own copy of those).
/// </summary>
public sealed record ExerciseInfo(
    string Slug,
    string Title,
    string Directory,
    IReadOnlyList<string> LearnerFiles,
    IReadOnlyList<string> TestFiles,
    IReadOnlyList<string> GivenFiles)
{
    /// <summary>The two-digit prefix of the slug, e.g. "02" for "02-dispatch-tool-call".</summary>
    public string Number => NumberOf(Slug);

    /// <inheritdoc cref="Number"/>
    public static string NumberOf(string slug) => slug.Split('-', 2)[0];
}
