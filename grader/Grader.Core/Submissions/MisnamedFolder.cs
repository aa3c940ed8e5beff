using System.Text.RegularExpressions;

namespace Grader.Submissions;

/// <summary>
/// The folder a learner most likely meant as one the grader looks for: the same name in other letter case, or, for an
/// exercise, a folder with the exercise's number and another name (01-search-product-schema for 01-search-products-schema).
/// </summary>
internal static partial class MisnamedFolder
{
    /// <returns>The name of that folder inside <paramref name="parent"/>, or null when there is none, or more than one.</returns>
    public static string? Find(string parent, string expected)
    {
        List<string> names;
        try
        {
            names = Directory.EnumerateDirectories(parent).Select(folder => Path.GetFileName(folder)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Intended(expected, names);
    }

    /// <returns>Which of <paramref name="names"/> most likely means <paramref name="expected"/>, or null when none or more than one does.</returns>
    public static string? Intended(string expected, IEnumerable<string> names)
    {
        var candidates = names.ToList();
        if (candidates.FirstOrDefault(name => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase)) is { } otherCase)
        {
            return otherCase;
        }

        var number = ExerciseNumber().Match(expected);
        return number.Success && candidates.Where(name => name.StartsWith(number.Value, StringComparison.Ordinal)).ToList() is [var only] ? only : null;
    }

    /// <returns>The one name of <paramref name="expectedNames"/> that <paramref name="name"/> most likely means, or null.</returns>
    public static string? Meant(string name, IEnumerable<string> expectedNames) =>
        expectedNames.Where(expected => Intended(expected, [name]) is not null).ToList() is [var only] ? only : null;

    [GeneratedRegex(@"^\d{2}-")]
    private static partial Regex ExerciseNumber();
}
