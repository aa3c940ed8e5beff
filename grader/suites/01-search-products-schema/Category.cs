using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(2, "category has an \"enum\" holding exactly the four catalog categories (What to build, step 5).", Visibility = Visibility.Visible)]
public sealed class Category_lists_the_four_catalog_categories : DefinitionTest
{
    public override void Check(Produced produced)
    {
        string[] categories = ["books", "clothing", "electronics", "home"];
        var values = Argument(produced, "category")?["enum"] as JsonArray;
        var allowed = values?.Select(value => value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            ? text.GetValue<string>() : JsonText.Show(value)).ToList() ?? [];
        Lesson.Require(allowed.Distinct().Order(StringComparer.Ordinal).SequenceEqual(categories),
            "The category argument must only allow the catalog's categories, so the model cannot invent one.",
            $"\"enum\": [{string.Join(", ", categories.Select(Teaching.Quote))}]",
            values is null ? "no \"enum\" array on category" : $"\"enum\": {JsonText.Show(values)}",
            values?.Contains(null) == true ? StrictModeHint(produced) : null);
    }
}

[Graded(1, "category rejects any value that is not one of the four catalog categories (What to build, step 5, and the samples after step 7).")]
public sealed class Category_rejects_unknown_categories : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "category must be one of the four catalog categories", "category",
        """{"query": "apple", "category": "food"}""",
        """{"query": "robot", "category": "toys"}""",
        """{"query": "novel", "category": "book"}""",
        """{"query": "lamp", "category": ""}""",
        """{"query": "phone", "category": "electronics "}""",
        """{"query": "sofa", "category": "home-garden", "in_stock": true}""",
        """{"query": "lamp", "category": 3}""",
        """{"query": "lamp", "category": true}""",
        """{"query": "novel", "category": ["books"]}""",
        """{"query": "novel", "category": {"name": "books"}}""");
}

[Graded(1, "category accepts the four catalog categories only as the table writes them, in lower case (What to build, steps 4 and 5).",
    Visibility = Visibility.AfterDueDate)]
public sealed class Category_rejects_categories_in_the_wrong_case : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "the categories are lower case, and \"enum\" matches values exactly", "category",
        """{"query": "novel", "category": "Books"}""",
        """{"query": "lamp", "category": "HOME"}""",
        """{"query": "phone", "category": "Electronics"}""",
        """{"query": "jacket", "category": "clothinG"}""");
}
