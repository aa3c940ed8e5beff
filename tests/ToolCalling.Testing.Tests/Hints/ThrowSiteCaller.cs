using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ToolCalling.Testing.Tests.Hints;

/// <summary>Stands for a learner's code in a file of its own, which runs a function that a test hands it.</summary>
internal static class ThrowSiteCaller
{
    public static object? RunTool(ToolFunction tool, out int line)
    {
        using var arguments = JsonDocument.Parse("""{"city": "Atlantis"}""");
        line = LineOfNextStatement();
        return tool(arguments.RootElement);
    }

    private static int LineOfNextStatement([CallerLineNumber] int line = 0) => line + 1;
}
