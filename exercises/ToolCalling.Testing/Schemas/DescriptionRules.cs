using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Warns about descriptions that leave the model guessing: the model chooses a function and fills its
/// arguments from names and descriptions alone, so a vague description is a bug waiting to happen.
/// </summary>
internal static class DescriptionRules
{
    private const int MinWords = 4;

    private static readonly HashSet<string> VagueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "stuff", "things", "thing", "something", "misc", "various", "whatever", "etc", "todo", "tbd", "placeholder",
    };

    public static void CheckFunction(string? description, string functionName, ApiLocation at, ProblemList problems)
    {
        var name = functionName.Length == 0 ? "this function" : functionName;
        if (string.IsNullOrWhiteSpace(description))
        {
            problems.Warning(at.Path,
                $"the function has no description; the API accepts that, but the model then guesses from the name alone when to call {name} and what it does",
                CommonMistakes.VagueDescription);
            return;
        }

        var words = Teaching.Words(description);
        var vagueWord = words.Select(word => word.Trim('.', ',', '!', '?', ';', ':')).FirstOrDefault(VagueWords.Contains);
        var sameAsName = Normalize(description) == Normalize(functionName);
        if (words.Length < MinWords || vagueWord is not null || sameAsName)
        {
            var why = vagueWord is not null ? $"\"{vagueWord}\" does not tell the model what is meant"
                : sameAsName ? "it only repeats the function's name"
                : $"{Teaching.Count(words.Length, "word")} cannot say what the function works on and what it returns";
            problems.Warning(at.Path, $"the description {Teaching.Quote(description)} is vague: {why}", CommonMistakes.VagueDescription);
        }
    }

    /// <summary>Warns about every property, at any depth, that has no description.</summary>
    public static void CheckProperties(JsonObject schema, SchemaLocation at, ProblemList problems, int depth = 0)
    {
        if (depth > SchemaTree.MaxDepth)
        {
            return;
        }

        foreach (var child in SchemaTree.Children(schema, at))
        {
            if (child.Node is not JsonObject property)
            {
                continue;
            }

            if (child.PropertyName is not null && !property.ContainsKey("description") && !property.ContainsKey("$ref"))
            {
                problems.Warning(child.At,
                    $"the property \"{child.PropertyName}\" has no description, so the model knows only its name and type",
                    DescriptionHint(property));
            }

            CheckProperties(property, child.At, problems, depth + 1);
        }
    }

    // What a description of this kind of value needs, shown on a value of the same kind from no tool in particular: an
    // example taken from the course's own tool would read as advice to describe a colour as search keywords.
    private static string DescriptionHint(JsonObject property) => SchemaTree.DeclaredTypes(property).FirstOrDefault(type => type != "null") switch
    {
        _ when property.ContainsKey("enum") =>
            "Say what the value means; \"enum\" already lists the values it can take. A unit, for instance: \"The unit the temperature is given in\".",
        "string" =>
            "Say what the value means and in what form to write it, with a sample value. A date, for instance: \"The day to look up, as YYYY-MM-DD, such as 2025-03-14\".",
        "number" or "integer" =>
            "Say what the value means and its unit, with a sample value. A timeout, for instance: \"How long to wait, in seconds, such as 30\".",
        "boolean" =>
            "Say what true and false each mean. A switch, for instance: \"True to include archived items, false to leave them out\".",
        _ => "Say what the value means and what it holds, with an example.",
    };

    private static string Normalize(string text) =>
        new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
