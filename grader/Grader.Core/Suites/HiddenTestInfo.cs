namespace Grader.Suites;

/// <summary>One hidden test as the grader sees it: identity, points, visibility, feedback, and its check.</summary>
public sealed record HiddenTestInfo(string Id, string Name, double Points, Visibility Visibility, string Feedback, Type CheckType)
{
    public static HiddenTestInfo From(Type type)
    {
        var graded = type.GetCustomAttributes(typeof(GradedAttribute), inherit: false).OfType<GradedAttribute>().SingleOrDefault()
            ?? throw new Infrastructure.UserError(
                $"The hidden test {type.FullName} has no [Graded(points, feedback)] attribute. Add one saying how many points it is worth and which requirement it checks.");
        return new HiddenTestInfo(type.FullName!, graded.Name ?? Humanize(type.Name), graded.Points, graded.Visibility, graded.Feedback, type);
    }

    public HiddenTest CreateCheck() => (HiddenTest)Activator.CreateInstance(CheckType)!;

    private static string Humanize(string name)
    {
        var spaced = name.Replace('_', ' ');
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }
}
