using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>The API's rules for a function name: 1 to 64 letters, digits, underscores or hyphens.</summary>
internal static partial class FunctionNameRules
{
    public static void Check(string? name, ApiLocation at, ProblemList problems)
    {
        if (name is null)
        {
            problems.Missing(at);
            return;
        }

        if (name.Length == 0)
        {
            problems.EmptyName(at);
            return;
        }

        if (name.Length > ToolDefinitionErrors.NameMaxLength)
        {
            problems.NameTooLong(at, name.Length);
        }

        if (!AllowedName().IsMatch(name))
        {
            problems.NameMismatch(at, HintFor(name));
        }
    }

    private static string HintFor(string name)
    {
        var wrong = name.EnumerateRunes().Where(rune => !(rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '_' or '-')))
            .Distinct().ToList();
        var names = wrong.Select(Shown).ToList();
        var shown = names.Count == 1 ? names[0] : $"{string.Join(", ", names.SkipLast(1))} and {names[^1]}";
        var suggestion = AllowedName().IsMatch(Underscored(name)) ? $", e.g. {Underscored(name)}" : "";
        return $"Use only letters, digits, '_' and '-'; {shown} {(wrong.Count == 1 ? "is" : "are")} not allowed{suggestion}.";
    }

    // A character that prints as nothing, or moves the text around it, is named by its code point instead.
    private static string Shown(Rune rune) => rune.Value switch
    {
        ' ' => "space",
        '\n' => "a line break",
        '\t' => "a tab",
        _ when Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => $"U+{rune.Value:X4}",
        _ => $"'{rune}'",
    };

    // "find it!" becomes find_it: a run of disallowed characters inside the name becomes one '_', and one at either end goes.
    private static string Underscored(string name) => DisallowedRun().Replace(DisallowedAtTheEnds().Replace(name, ""), "_");

    [GeneratedRegex(@"^[a-zA-Z0-9_-]+\z")]
    private static partial Regex AllowedName();

    [GeneratedRegex("[^a-zA-Z0-9_-]+")]
    private static partial Regex DisallowedRun();

    [GeneratedRegex(@"^[^a-zA-Z0-9_-]+|[^a-zA-Z0-9_-]+\z")]
    private static partial Regex DisallowedAtTheEnds();
}
