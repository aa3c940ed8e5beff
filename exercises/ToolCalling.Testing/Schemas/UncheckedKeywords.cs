using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Keywords that the validator library ignores and that no check of our own evaluates, because they depend on what
/// every other keyword around them looked at. A schema that uses one is refused at the keyword, with what to write
/// instead, rather than loaded as if it were not there, which would let through values it is meant to refuse.
/// </summary>
internal static class UncheckedKeywords
{
    /// <summary>What is wrong with <paramref name="keyword"/> and what to write instead; null for a keyword that is checked.</summary>
    public static (string Problem, string Hint)? Problem(string keyword) => keyword switch
    {
        "unevaluatedProperties" => ("\"unevaluatedProperties\" is not checked by the validator the tests use, so the properties it is meant to refuse would get through",
            "List every property under \"properties\" of one object schema and use \"additionalProperties\" there instead."),
        "unevaluatedItems" => ("\"unevaluatedItems\" is not checked by the validator the tests use, so the items it is meant to refuse would get through",
            "Describe the items after those in \"prefixItems\" with \"items\" instead, such as \"items\": false to allow no more."),
        "dependencies" => ("\"dependencies\" is the keyword of older drafts, and the validator the tests use does not check it",
            "Write the lists of property names under \"dependentRequired\" and the schemas under \"dependentSchemas\"."),
        _ => null,
    };

    /// <summary>The first such keyword in <paramref name="root"/>, with what to write instead.</summary>
    public static SchemaHazard? FirstProblem(JsonObject root)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            foreach (var (keyword, _) in schema)
            {
                if (Problem(keyword) is var (problem, hint))
                {
                    return new SchemaHazard(at.Key(keyword).Path, problem, hint);
                }
            }
        }

        return null;
    }
}
