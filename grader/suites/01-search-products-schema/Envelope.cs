using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(2, "The definition has \"type\": \"function\" at the top level (What to build, step 1).", Visibility = Visibility.Visible)]
public sealed class Definition_has_type_function_at_the_top_level : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var definition = Definition(produced);
        var type = definition?["type"];
        var wrapped = definition.ObjectAt("function") is not null;
        Lesson.Require(definition.StringAt("type") == "function",
            "An OpenAI tool definition starts with \"type\": \"function\" and keeps the function itself under \"function\"."
                + (!wrapped && definition.StringAt("name") is not null
                    ? " This looks like the function object itself: wrap it in {\"type\": \"function\", \"function\": ...}."
                    : ""),
            "\"type\": \"function\"", $"\"type\" is {type.KindName()} in {Describe(definition)}");
    }
}

[Graded(2, "The name, description and parameters sit in an object under \"function\" (What to build, step 1).", Visibility = Visibility.Visible)]
public sealed class Definition_keeps_the_function_under_the_function_key : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var definition = Definition(produced);
        Lesson.Require(definition.ObjectAt("function") is not null,
            "The function's name, description and parameters belong in an object under \"function\".",
            Envelope, Describe(definition));
    }
}
