namespace ToolCalling.Testing;

/// <summary>How much untrusted JSON <see cref="JsonInput"/> accepts before it stops reading.</summary>
/// <param name="MaxBytes">The largest input, in UTF-8 bytes. The default is 4 MiB.</param>
/// <param name="MaxDepth">How many objects and arrays may nest inside each other. The default is 64.</param>
public sealed record JsonInputLimits(int MaxBytes = 4 * 1024 * 1024, int MaxDepth = 64)
{
    public static JsonInputLimits Default { get; } = new();

    internal void EnsureUsable()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
    }
}
