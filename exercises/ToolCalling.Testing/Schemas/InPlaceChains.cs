using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// Finds where a validator would keep checking the same value against schema after schema: a loop of "$ref", allOf,
/// anyOf, oneOf, not, if/then/else or dependentSchemas that comes back to where it started never ends, and a very long
/// chain of them overflows the stack. A schema that refers to itself from inside properties, items and the like is
/// fine: each round goes one level into the value, and the value ends.
/// </summary>
internal static class InPlaceChains
{
    /// <summary>How many schemas in a row may check the same value; real tool schemas use a handful.</summary>
    public const int MaxLength = 64;

    private const string LoopHint =
        "Remove the loop. A schema may point back at itself only from inside a keyword that checks a part of the value, " +
        "such as \"properties\" or \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}.";

    private const string ChainHint =
        "Let each \"$ref\" point straight at the schema it means instead of at another \"$ref\", and merge allOf parts that only wrap one another.";

    private sealed class Visit(int schema, InPlaceStep? enteredBy)
    {
        public int Schema { get; } = schema;
        public InPlaceStep? EnteredBy { get; } = enteredBy;
        public int NextStep { get; set; }
    }

    /// <summary>The loops and overlong chains in the schema at <paramref name="root"/>, located under <paramref name="rootPath"/>.</summary>
    public static IReadOnlyList<SchemaHazard> Find(JsonObject root, string rootPath)
    {
        var graph = new InPlaceGraph(root, rootPath);
        var loops = new List<SchemaHazard>();
        var state = new VisitState[graph.Count];
        var longest = new int[graph.Count];
        for (var start = 0; start < graph.Count; start++)
        {
            if (state[start] == VisitState.NotSeen)
            {
                Walk(graph, start, state, longest, loops);
            }
        }

        if (loops.Count > 0)
        {
            return loops.DistinctBy(loop => loop.Path).ToList();
        }

        var first = Enumerable.Range(0, graph.Count).FirstOrDefault(schema => longest[schema] > MaxLength, -1);
        return first < 0 ? [] :
        [
            new SchemaHazard(graph.PathOf(first),
                $"from here, {longest[first]} schemas in a row check the same value (through \"$ref\", allOf, anyOf, oneOf, not or if/then/else) " +
                $"before any goes into the value; a validator follows at most {MaxLength}, because each one costs it stack space", ChainHint),
        ];
    }

    // A depth-first walk that keeps its own stack, so that a chain of any length cannot overflow the real one. A step
    // to a schema still on that stack closes a loop; longest[s] counts the schemas of the longest chain from s.
    private static void Walk(InPlaceGraph graph, int start, VisitState[] state, int[] longest, List<SchemaHazard> loops)
    {
        var path = new List<Visit> { new(start, null) };
        state[start] = VisitState.OnPath;
        longest[start] = 1;
        while (path.Count > 0)
        {
            var visit = path[^1];
            var steps = graph.StepsFrom(visit.Schema);
            if (visit.NextStep == steps.Count)
            {
                path.RemoveAt(path.Count - 1);
                state[visit.Schema] = VisitState.Done;
                if (path.Count > 0)
                {
                    longest[path[^1].Schema] = Math.Max(longest[path[^1].Schema], longest[visit.Schema] + 1);
                }

                continue;
            }

            var step = steps[visit.NextStep++];
            switch (state[step.To])
            {
                case VisitState.NotSeen:
                    path.Add(new Visit(step.To, step));
                    state[step.To] = VisitState.OnPath;
                    longest[step.To] = 1;
                    break;
                case VisitState.OnPath:
                    loops.Add(Loop(graph, path, step));
                    break;
                default:
                    longest[visit.Schema] = Math.Max(longest[visit.Schema], longest[step.To] + 1);
                    break;
            }
        }
    }

    // The loop is the part of the path from the schema the step returns to, plus the step. Every loop holds at least one
    // "$ref" (the other keywords only lead further into the document), and the last one taken is the one reported.
    private static SchemaHazard Loop(InPlaceGraph graph, List<Visit> path, InPlaceStep closing)
    {
        var from = path.FindLastIndex(visit => visit.Schema == closing.To);
        var steps = path.Skip(from + 1).Select(visit => visit.EnteredBy!.Value).Append(closing).ToList();
        var reference = steps.Last(step => step.Reference is not null);
        return new SchemaHazard(reference.Reference!.Path,
            $"this \"$ref\" leads back to {graph.PathOf(reference.To)} without going into the value, so checking a value against it never ends",
            LoopHint)
        {
            OnlyReferences = steps.All(step => step.Reference is not null),
        };
    }

    private enum VisitState : byte
    {
        NotSeen,
        OnPath,
        Done,
    }
}
