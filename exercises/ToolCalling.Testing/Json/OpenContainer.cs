namespace ToolCalling.Testing;

/// <summary>An object or array that the syntax check has entered and not yet left.</summary>
internal sealed class OpenContainer(bool isObject, string path, int openedAt)
{
    private readonly Dictionary<string, int> _namesSeenAt = new(StringComparer.Ordinal);

    public bool IsObject { get; } = isObject;

    public string Path { get; } = path;

    /// <summary>Byte offset of the opening brace or bracket.</summary>
    public int OpenedAt { get; } = openedAt;

    public char Closer => IsObject ? '}' : ']';

    public string Kind => IsObject ? "object" : "array";

    /// <summary>The property whose value comes next, inside an object.</summary>
    public string? PendingName { get; private set; }

    private int NextIndex { get; set; }

    /// <summary>The JSON path of the value that comes next inside this container.</summary>
    public string NextValuePath => IsObject
        ? PendingName is null ? Path : ToolCalling.Testing.JsonPath.Property(Path, PendingName)
        : ToolCalling.Testing.JsonPath.Index(Path, NextIndex);

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
