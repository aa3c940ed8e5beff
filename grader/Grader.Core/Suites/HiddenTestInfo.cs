namespace Grader.Suites;

/// <summary>One hidden test as the grader sees it: identity, points, visibility, feedback, and its check.</summary>
public sealed record HiddenTestInfo(string Id, string Name, double Points, Visibility Visibility, string Feedback, Type CheckType)
{
    public static bool IsGraded(Type type) => Graded(type) is not null;

    /// <param name="type">A class for which <see cref="IsGraded"/> holds.</param>
    public static HiddenTestInfo From(Type type)
    {
        var graded = Graded(type)!;
        return new HiddenTestInfo(type.FullName!, graded.Name ?? Humanize(type.Name), graded.Points, graded.Visibility, graded.Feedback, type);
    }

    private static GradedAttribute? Graded(Type type) =>
        type.GetCustomAttributes(typeof(GradedAttribute), inherit: false).OfType<GradedAttribute>().SingleOrDefault();

    public HiddenTest CreateCheck() => (HiddenTest)Activator.CreateInstance(CheckType)!;

    private static string Humanize(string name)
    {
        var spaced = name.Replace('_', ' ');
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }
}
