using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>One move from a schema to another that checks the same value; <see cref="ReferencePath"/> is set when it follows "$ref".</summary>
/// <param name="To">The index of the schema moved to.</param>
/// <param name="ReferencePath">The JSON path of the "$ref" followed, or null for allOf, not and the like.</param>
internal readonly record struct InPlaceStep(int To, string? ReferencePath);

/// <summary>
/// Every schema of a document and, for each, the schemas a validator goes on to check against the same value: the one
/// its "$ref" points at and those under allOf, anyOf, oneOf, not, if, then, else and dependentSchemas. Keywords such
/// as properties and items go into the value, so they are not steps here.
/// </summary>
internal sealed class InPlaceGraph
{
    private readonly Dictionary<JsonObject, int> _indexOf = new(ReferenceEqualityComparer.Instance);
    private readonly List<JsonObject> _schemas = [];
    private readonly List<string> _paths = [];
    private readonly List<List<InPlaceStep>> _steps = [];

    public InPlaceGraph(JsonObject root, string rootPath)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root(rootPath)))
        {
            IndexOf(schema, at.Path);
        }

        // A "$ref" may point at an object the walk above did not reach (inside "examples", say), which then joins the list.
        for (var index = 0; index < _schemas.Count; index++)
        {
            _steps.Add(StepsFrom(_schemas[index], _paths[index], root, rootPath));
        }
    }

    public int Count => _schemas.Count;

    public string PathOf(int schema) => _paths[schema];

    public IReadOnlyList<InPlaceStep> StepsFrom(int schema) => _steps[schema];

    private List<InPlaceStep> StepsFrom(JsonObject schema, string path, JsonObject root, string rootPath)
    {
        var steps = new List<InPlaceStep>();
        if (JsonKinds.AsString(schema["$ref"]) is { } reference && LocalReference.Target(root, rootPath, reference, out var targetPath) is { } target)
        {
            steps.Add(new InPlaceStep(IndexOf(target, targetPath), JsonPath.Property(path, "$ref")));
        }

        foreach (var child in SchemaTree.Children(schema, SchemaLocation.Root(path)).Where(child => child.AppliesInPlace))
        {
            if (child.Node is JsonObject subschema)
            {
                steps.Add(new InPlaceStep(IndexOf(subschema, child.At.Path), null));
            }
        }

        return steps;
    }

    private int IndexOf(JsonObject schema, string path)
    {
        if (!_indexOf.TryGetValue(schema, out var index))
        {
            index = _schemas.Count;
            _indexOf.Add(schema, index);
            _schemas.Add(schema);
            _paths.Add(path);
        }

        return index;
    }
}
