using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(1, "The description has at least four words (What to build, step 3).", Visibility = Visibility.Visible)]
public sealed class Description_has_at_least_four_words : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var description = Function(produced).StringAt("description") ?? "";
        var words = Teaching.Words(description).Length;
        Lesson.Require(words >= 4,
            "The description is too short to tell the model what this tool does.",
            "a sentence of at least 4 words", $"{Teaching.Quote(description)} ({Teaching.Count(words, "word")})",
            CommonMistakes.VagueDescription);
    }
}

[Graded(1, "The description mentions the products or the catalog the tool searches (What to build, step 3).", Visibility = Visibility.Visible)]
public sealed class Description_mentions_the_products_or_the_catalog : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var description = Function(produced).StringAt("description") ?? "";
        Lesson.Require(description.Contains("product", StringComparison.OrdinalIgnoreCase)
                || description.Contains("catalog", StringComparison.OrdinalIgnoreCase),
            "The description does not say what the tool searches, so the model cannot tell when to call it.",
            "a description that mentions products or the catalog", Teaching.Quote(description),
            CommonMistakes.VagueDescription);
    }
}
