using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Checks that <c>parameters</c> is a usable JSON Schema, subschema by subschema: every place that
/// must hold a schema holds one, and every keyword in it has a sensible value.
/// </summary>
internal static class SchemaRules
{
    public static void Check(JsonObject parameters, SchemaContext context) =>
        CheckSchema(parameters, SchemaLocation.Root(context.Parameters.Path), context, depth: 0);

    private static void CheckSchema(JsonNode? node, SchemaLocation at, SchemaContext context, int depth)
    {
        if (depth > SchemaTree.MaxDepth)
        {
            context.Problems.Error(at.Path, $"the schema nests more than {SchemaTree.MaxDepth} levels deep here, so it was not checked further",
                "Flatten it, or move repeated parts into \"$defs\" and point at them with \"$ref\".");
            return;
        }

        if (JsonKinds.AsBoolean(node) is not null)
        {
            return;
        }

        if (node is not JsonObject schema)
        {
            NotASchema(node, at, context.Problems);
            return;
        }

        SchemaShapeRules.Check(schema, at, context);
        SchemaValueRules.Check(schema, at, context.Problems);
        foreach (var child in SchemaTree.Children(schema, at))
        {
            CheckSchema(child.Node, child.At, context, depth + 1);
        }
    }

    private static void NotASchema(JsonNode? node, SchemaLocation at, ProblemList problems)
    {
        var typeName = JsonKinds.AsString(node);
        var hint = typeName is not null && (TypeNames.IsValid(typeName) || TypeNames.Suggest(typeName) is not null)
            ? $"Write {{\"type\": \"{(TypeNames.IsValid(typeName) ? typeName : TypeNames.Suggest(typeName))}\"}} instead of \"{typeName}\"."
            : null;
        problems.Error(at.Path, $"a schema must be an object such as {{\"type\": \"string\"}}, but this is {JsonKinds.ApiName(node)} ({JsonKinds.Show(node)})", hint);
    }
}
