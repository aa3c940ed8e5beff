using System.Text.Json.Nodes;
using Grader.Suites;
using ToolCalling.Testing;

namespace Suites.SearchProductsSchema;

[Graded(1, "\"parameters\" is a JSON Schema with \"type\": \"object\" and a \"properties\" object (What to build, step 4).", Visibility = Visibility.Visible)]
public sealed class Parameters_is_a_json_schema_of_type_object : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var parameters = Parameters(produced);
        var type = parameters["type"];
        var isObject = parameters.StringAt("type") == "object"
            || (type is JsonArray { Count: 1 } types && types[0] is JsonValue only && only.ToJsonString() == "\"object\"");
        Lesson.Require(isObject,
            "\"parameters\" must be a JSON Schema describing the arguments object, so it says \"type\": \"object\".",
            "\"type\": \"object\"", type is null ? "no \"type\"" : $"\"type\": {JsonText.Show(type)}");
        Lesson.Require(parameters.ObjectAt("properties") is not null,
            "The arguments are declared one by one in an object under \"properties\".",
            "\"properties\": {...}", $"\"properties\" is {parameters["properties"].KindName()}");
    }
}

[Graded(2, "\"properties\" declares query, category, max_price and in_stock (What to build, step 4).", Visibility = Visibility.Visible)]
public sealed class Parameters_declare_all_four_arguments : DefinitionTest
{
    public override void Check(Produced produced)
    {
        var properties = Parameters(produced).ObjectAt("properties");
        string[] arguments = ["query", "category", "max_price", "in_stock"];
        var missing = arguments.Where(name => properties?.ContainsKey(name) != true).ToList();
        Lesson.Require(missing.Count == 0,
            "The model can only send arguments that are declared under \"parameters\".\"properties\".",
            string.Join(", ", arguments),
            properties is null ? "no \"properties\" object" : $"missing: {string.Join(", ", missing)}");
    }
}
