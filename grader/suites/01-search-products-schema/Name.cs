using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(2, "The function is named exactly search_products (What to build, step 2).", Visibility = Visibility.Visible)]
public sealed class Function_is_named_search_products : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var function = Function(produced);
        var name = function.StringAt("name");
        Lesson.Require(name == "search_products",
            "The model calls the function by this exact name, so it must match character for character.",
            "\"name\": \"search_products\"", name is null ? $"\"name\" is {function["name"].KindName()}" : $"\"name\": {Teaching.Quote(name)}");
    }
}
