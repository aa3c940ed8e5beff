namespace ToolCalling.Testing;

/// <summary>How many problems were found beyond those a report lists.</summary>
public sealed record UnlistedProblems(int Errors, int Warnings)
{
    public static UnlistedProblems None { get; } = new(0, 0);

    public int Count => Errors + Warnings;

    /// <summary>"3 more errors and 1 more warning", leaving out a kind of which there are none.</summary>
    public override string ToString() =>
        (Errors, Warnings) switch
        {
            (0, _) => Teaching.LargeCount(Warnings, "more warning"),
            (_, 0) => Teaching.LargeCount(Errors, "more error"),
            _ => $"{Teaching.LargeCount(Errors, "more error")} and {Teaching.LargeCount(Warnings, "more warning")}",
        };
}
