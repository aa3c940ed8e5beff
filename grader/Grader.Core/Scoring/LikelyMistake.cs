using System.Reflection;
using Grader.Reports;
using ToolCalling.Testing;

namespace Grader.Scoring;

/// <summary>
/// One of the common mistakes the tests recognise (<see cref="CommonMistakes"/>), under an id that reports keep, so that
/// an instructor can see how often each one happened across a class.
/// </summary>
/// <param name="Id">The name of its constant in snake case, such as <c>arguments_parsed_outside_try</c>.</param>
/// <param name="Title">Its first sentence, without "Likely mistake: ", such as "the arguments are parsed outside the try".</param>
/// <param name="Hint">The whole hint, as tests print it.</param>
public sealed record LikelyMistake(string Id, string Title, string Hint)
{
    private const string Prefix = "Likely mistake: ";

    /// <summary>Every mistake, in the order of <see cref="CommonMistakes.All"/>, which decides when a message holds two.</summary>
    public static IReadOnlyList<LikelyMistake> All { get; } = Catalog();

    /// <summary>
    /// The first mistake whose hint <paramref name="message"/> holds and that begins a hint the check named
    /// (<see cref="NamedHints"/>), or null. The message also quotes what the code produced, so a hint found there and named
    /// by no check is the code's own words: it could choose which hint a hidden test shows, and so learn about that test's
    /// inputs. A named hint can quote the code too (the mock API's hint for a rejected tool definition says where, by the
    /// names the code gave), so only the hint it begins with is the check's own.
    /// </summary>
    public static LikelyMistake? FoundIn(string message, IReadOnlyCollection<string> named) =>
        All.FirstOrDefault(mistake => message.Contains(mistake.Hint, StringComparison.Ordinal)
            && named.Any(hint => hint.StartsWith(mistake.Hint, StringComparison.Ordinal)));

    /// <summary>The mistake with that id, or null for an id this grader does not know (from a report of another version).</summary>
    public static LikelyMistake? WithId(string id) => All.FirstOrDefault(mistake => mistake.Id == id);

    private static List<LikelyMistake> Catalog()
    {
        var names = typeof(CommonMistakes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .ToDictionary(field => (string)field.GetRawConstantValue()!, field => field.Name);
        return [.. CommonMistakes.All.Select(hint => new LikelyMistake(ReportNames.SnakeCase(names[hint]), TitleOf(hint), hint))];
    }

    // The first sentence, up to where it starts to explain (", so ..."): short enough for a table's row.
    private static string TitleOf(string hint)
    {
        var text = hint.StartsWith(Prefix, StringComparison.Ordinal) ? hint[Prefix.Length..] : hint;
        var ends = new[] { text.IndexOf(". ", StringComparison.Ordinal), text.IndexOf(", so ", StringComparison.Ordinal) }.Where(end => end >= 0).ToList();
        return ends.Count == 0 ? text.TrimEnd('.') : text[..ends.Min()];
    }
}
