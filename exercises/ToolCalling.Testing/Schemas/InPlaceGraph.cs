using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>One move from a schema to another that checks the same value; <see cref="Reference"/> is set when it follows "$ref".</summary>
/// <param name="To">The index of the schema moved to.</param>
/// <param name="Reference">Where the "$ref" followed is, or null for allOf, not and the like.</param>
internal readonly record struct InPlaceStep(int To, SchemaLocation? Reference);

/// <summary>
/// Every schema of a document and, for each, the schemas a validator goes on to check against the same value: the one
/// its "$ref" points at and those under allOf, anyOf, oneOf, not, if, then, else and dependentSchemas. Keywords such
/// as properties and items go into the value, so they are not steps here.
/// </summary>
internal sealed class InPlaceGraph
{
    private readonly Dictionary<JsonObject, int> _indexOf = new(ReferenceEqualityComparer.Instance);
    private readonly List<JsonObject> _schemas = [];
    private readonly List<SchemaLocation> _locations = [];
    private readonly List<List<InPlaceStep>> _steps = [];

    public InPlaceGraph(JsonObject root, string rootPath)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root(rootPath)))
        {
            IndexOf(schema, at);
        }

        // A "$ref" may point at an object the walk above did not reach (inside "examples", say), which then joins the list.
        for (var index = 0; index < _schemas.Count; index++)
        {
            _steps.Add(StepsFrom(_schemas[index], _locations[index], root, rootPath));
        }
    }

    public int Count => _schemas.Count;

    public string PathOf(int schema) => _locations[schema].Path;

    public IReadOnlyList<InPlaceStep> StepsFrom(int schema) => _steps[schema];

    private List<InPlaceStep> StepsFrom(JsonObject schema, SchemaLocation at, JsonObject root, string rootPath)
    {
        var steps = new List<InPlaceStep>();
        if (JsonKinds.AsString(schema["$ref"]) is { } reference && LocalReference.Target(root, rootPath, reference, out var targetPath) is { } target)
        {
            steps.Add(new InPlaceStep(IndexOf(target, SchemaLocation.Root(targetPath)), at.Key("$ref")));
        }

        foreach (var child in SchemaTree.Children(schema, at).Where(child => child.AppliesInPlace))
        {
            if (child.Node is JsonObject subschema)
            {
                steps.Add(new InPlaceStep(IndexOf(subschema, child.At), null));
            }
        }

        return steps;
    }

    private int IndexOf(JsonObject schema, SchemaLocation at)
    {
        if (!_indexOf.TryGetValue(schema, out var index))
        {
            index = _schemas.Count;
            _indexOf.Add(schema, index);
            _schemas.Add(schema);
            _locations.Add(at);
        }

        return index;
    }
}
