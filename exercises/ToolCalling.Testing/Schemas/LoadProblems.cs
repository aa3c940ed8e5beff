using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Whether <see cref="SchemaValidator"/> can load a schema. The validator remembers the answer by schema text, so a
/// mock model that sees the same tools on every turn of a conversation pays for it once.
/// </summary>
internal static class LoadProblems
{
    /// <summary>
    /// Why the schema cannot be loaded, or null when it loads. A place in the schema is named under
    /// <paramref name="schemaPath"/>, the path of the schema itself, such as <c>$.function.parameters</c>.
    /// </summary>
    public static LoadProblem? Of(JsonObject schema, string schemaPath)
    {
        try
        {
            SchemaValidator.For(schema);
            return null;
        }
        catch (InvalidSchemaException exception)
        {
            return Describe(exception, schemaPath);
        }
    }

    private static LoadProblem Describe(InvalidSchemaException problem, string schemaPath) => problem switch
    {
        { Hazard: { } hazard } => new LoadProblem((hazard with { Path = schemaPath + hazard.Path[1..] }).ToString(), SaysWhatToDo: hazard.Hint is not null),
        _ => new LoadProblem((problem.InnerException ?? problem).Message.Split('\n')[0].Trim(), SaysWhatToDo: false),
    };
}

/// <summary>Why a schema cannot be loaded.</summary>
/// <param name="Reason">Where and what, in our words or the library's.</param>
/// <param name="SaysWhatToDo">True when <paramref name="Reason"/> already ends with what to change.</param>
internal sealed record LoadProblem(string Reason, bool SaysWhatToDo);
