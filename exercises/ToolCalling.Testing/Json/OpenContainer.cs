namespace ToolCalling.Testing;

/// <summary>An object or array that the syntax check has entered and not yet left.</summary>
/// <remarks>
/// Its path is written out only when an error names it: under a long property name, writing one for each of many
/// objects and arrays would copy that name each time.
/// </remarks>
internal sealed class OpenContainer(bool isObject, OpenContainer? parent, int openedAt)
{
    private readonly Dictionary<string, int> _namesSeenAt = new(StringComparer.Ordinal);
    private readonly string _step = parent is null ? "$" : parent.NextStep;
    private string? _path;

    public bool IsObject { get; } = isObject;

    public string Path => _path ??= parent is null ? _step : parent.Path + _step;

    /// <summary>Byte offset of the opening brace or bracket.</summary>
    public int OpenedAt { get; } = openedAt;

    public char Closer => IsObject ? '}' : ']';

    public string Kind => IsObject ? "object" : "array";

    /// <summary>The property whose value comes next, inside an object.</summary>
    public string? PendingName { get; private set; }

    private int NextIndex { get; set; }

    /// <summary>The JSON path of the value that comes next inside this container.</summary>
    public string NextValuePath => Path + NextStep;

    // The last step of that path, such as ".name", "['max price']" or "[3]".
    private string NextStep => IsObject
        ? PendingName is null ? "" : ToolCalling.Testing.JsonPath.Property("", PendingName)
        : ToolCalling.Testing.JsonPath.Index("", NextIndex);

    /// <summary>Records a property name; returns where the same name was seen before in this object, if it was.</summary>
    public int? AddName(string name, int offset)
    {
        PendingName = name;
        if (_namesSeenAt.TryGetValue(name, out var earlier))
        {
            return earlier;
        }

        _namesSeenAt[name] = offset;
        return null;
    }

    public void ValueDone()
    {
        PendingName = null;
        NextIndex++;
    }
}
