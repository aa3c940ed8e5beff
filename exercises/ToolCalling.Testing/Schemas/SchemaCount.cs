using System.Globalization;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Refuses a schema made of more schemas than the validator library can load in good time. The library turns each
/// one into objects of its own: a tool whose parameters listed 300,000 empty schemas under "anyOf" held the process
/// for 20 s and 750 MB, whereas real tool schemas hold a few dozen.
/// </summary>
internal static class SchemaCount
{
    /// <summary>The schema past the limit, with what to do instead; null when there are few enough.</summary>
    public static SchemaHazard? FirstProblem(JsonObject root)
    {
        // Breadth first, counting each schema as it is found, so that no more than the limit are ever looked at, even
        // when one keyword holds hundreds of thousands.
        var count = 1;
        var toVisit = new Queue<(JsonObject Schema, SchemaLocation At)>();
        toVisit.Enqueue((root, SchemaLocation.Root("$")));
        while (toVisit.TryDequeue(out var next))
        {
            foreach (var child in SchemaTree.Children(next.Schema, next.At))
            {
                if (child.Node is not JsonObject schema)
                {
                    continue;
                }

                if (++count > SchemaValidatorLimits.MaxSchemas)
                {
                    return new SchemaHazard(child.At.Path,
                        $"the schema holds more than {SchemaValidatorLimits.MaxSchemas.ToString("N0", CultureInfo.InvariantCulture)} schemas (properties, items, \"anyOf\" entries and the like), " +
                        "more than the validator loads in good time",
                        "A tool needs far fewer: list allowed values under \"enum\", and write a part used in many places once under \"$defs\" and point at it with \"$ref\".");
                }

                toVisit.Enqueue((schema, child.At));
            }
        }

        return null;
    }
}
