using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>
/// Finds place names in a question: runs of capitalized words ("New York"), in the order they are written,
/// without the capitalized words that start questions ("What", "Compare", ...).
/// </summary>
internal static partial class CityNames
{
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "also", "an", "and", "are", "at", "average", "between", "calculate", "can", "celsius", "check", "colder",
        "compare", "cooler", "could", "current", "currently", "did", "do", "does", "fahrenheit", "find", "for", "from",
        "get", "give", "hello", "hey", "hi", "hotter", "how", "how's", "i", "i'm", "in", "is", "it", "it's", "let's",
        "look", "me", "mean", "my", "now", "of", "okay", "on", "or", "please", "right", "should", "show", "tell",
        "thanks", "the", "then", "to", "today", "tomorrow", "versus", "vs", "warmer", "was", "we", "weather", "what",
        "what's", "whats", "where", "which", "will", "would", "you", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    };

    public static IReadOnlyList<string> In(string text)
    {
        var names = new List<string>();
        var run = new List<string>();
        var runEnd = -1;
        foreach (Match word in Word().Matches(text))
        {
            var joinsRun = run.Count > 0 && text[runEnd..word.Index].Trim().Length == 0;
            if (!joinsRun)
            {
                Close(run, names);
            }

            if (char.IsUpper(word.Value[0]))
            {
                run.Add(word.Value);
                runEnd = word.Index + word.Length;
            }
            else
            {
                Close(run, names);
            }
        }

        Close(run, names);
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static void Close(List<string> run, List<string> names)
    {
        var words = run.Select(TrimPossessive).SkipWhile(NotPlaces.Contains).ToList();
        while (words.Count > 0 && NotPlaces.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 0)
        {
            names.Add(string.Join(" ", words));
        }

        run.Clear();
    }

    private static string TrimPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word.TrimEnd('.', '\'', '’');

    [GeneratedRegex(@"\p{L}[\p{L}'’.-]*")]
    private static partial Regex Word();
}
