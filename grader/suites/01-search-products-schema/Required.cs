using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(2, "Arguments without a query are rejected, because query is required (What to build, steps 4 and 6).")]
public sealed class Query_is_required : DefinitionTest
{
    public override void Check(Produced produced) => ArgumentSamples.RequireRejected(Parameters(produced),
        "query is required, so it must be listed in \"required\"", "query",
        "{}",
        """{"category": "electronics"}""",
        """{"max_price": 25, "in_stock": true}""",
        """{"category": "home", "max_price": 49.99, "in_stock": false}""",
        """{"Query": "lamp"}""",
        """{"search": "lamp", "category": "home"}""");
}

[Graded(2, "\"required\" lists query and no other argument: category, max_price and in_stock are optional (What to build, step 6).")]
public sealed class Only_query_is_listed_as_required : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var required = Parameters(produced)["required"];
        var names = (required as JsonArray)?
            .Select(name => name is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : JsonText.Show(name))
            .Distinct()
            .ToList();
        Lesson.Require(names is ["query"],
            "Only query must be required: the model leaves optional arguments out unless the user mentions them.",
            "\"required\": [\"query\"]",
            required is null ? "no \"required\" list" : $"\"required\": {JsonText.Show(required)}", StrictModeHint(produced));
    }
}
