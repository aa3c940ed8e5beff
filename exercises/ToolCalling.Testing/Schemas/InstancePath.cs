using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// The JSON paths, such as <c>$.items[2].name</c>, of parts of a value as NJsonSchema holds it. One instance remembers
/// the paths and item indexes it has worked out, so that naming every item of a long array stays linear.
/// </summary>
internal sealed class InstancePath
{
    private readonly Dictionary<JToken, string> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JArray, Dictionary<JToken, int>> _indexes = new(ReferenceEqualityComparer.Instance);

    public static string Of(JToken token) => new InstancePath().PathOf(token);

    public string PathOf(JToken token)
    {
        if (token.Parent is not { } parent)
        {
            return "$";
        }

        if (!_paths.TryGetValue(token, out var path))
        {
            // Values nest at most SchemaValidatorLimits.MaxValueNesting deep, so this recursion stays shallow.
            var parentPath = PathOf(parent);
            path = parent switch
            {
                JArray list => JsonPath.Index(parentPath, IndexIn(list, token)),
                _ when token is JProperty property => JsonPath.Property(parentPath, property.Name),
                _ => parentPath,
            };
            _paths[token] = path;
        }

        return path;
    }

    /// <summary>
    /// Where a validation error is. NJsonSchema's own <see cref="ValidationError.Path"/> joins property names with dots and
    /// writes some parts in another notation, so it cannot be read back; the value it points at can.
    /// </summary>
    public string PathOf(ValidationError error)
    {
        if (error.Token is null)
        {
            return "$";
        }

        var path = PathOf(error.Token);
        // A missing property has no place in the value yet: the error points at the object that lacks it.
        return error.Kind == ValidationErrorKind.PropertyRequired && error.Property is not null ? JsonPath.Property(path, error.Property) : path;
    }

    private int IndexIn(JArray list, JToken item)
    {
        if (!_indexes.TryGetValue(list, out var indexes))
        {
            indexes = new Dictionary<JToken, int>(list.Count, ReferenceEqualityComparer.Instance);
            for (var index = 0; index < list.Count; index++)
            {
                indexes[list[index]] = index;
            }

            _indexes[list] = indexes;
        }

        return indexes[item];
    }
}
