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
            (0, _) => More(Warnings, "warning"),
            (_, 0) => More(Errors, "error"),
            _ => $"{More(Errors, "error")} and {More(Warnings, "warning")}",
        };

    private static string More(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} more {noun}{(count == 1 ? "" : "s")}");
}
