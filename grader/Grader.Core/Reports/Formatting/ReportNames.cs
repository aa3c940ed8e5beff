using System.Text;

namespace Grader.Reports;

/// <summary>
/// The names statuses and visibilities have in reports: snake_case for machines (<c>compile_error</c>,
/// <c>after_due_date</c>) and words for people (<c>compile error</c>).
/// </summary>
public static class ReportNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => SnakeCase(value.ToString());

    public static string Words<T>(T value)
        where T : struct, Enum => Of(value).Replace('_', ' ');

    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary><c>graded, compile_error, missing, crashed, timed_out</c>: for messages that list what is allowed.</summary>
    public static string All<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));

    /// <summary><c>CompileError</c> as <c>compile_error</c>: how reports spell names that C# spells in Pascal case.</summary>
    internal static string SnakeCase(string pascalCase)
    {
        var snake = new StringBuilder(pascalCase.Length + 4);
        foreach (var character in pascalCase)
        {
            if (char.IsUpper(character) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(character));
        }

        return snake.ToString();
    }
}
