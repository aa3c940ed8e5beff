using System.CommandLine.Parsing;
using System.Globalization;

namespace Grader.Cli.Commands;

/// <summary>
/// Reads numeric option values. The command-line parser's own message for a value that is not a number names the
/// .NET type it wanted ("System.Nullable`1[System.Double]"), which tells nobody what to type; these say it in words.
/// Ranges are checked later, where each option's meaning is known.
/// </summary>
public static class NumberParser
{
    public static Func<ArgumentResult, double> Decimal(string option, string example) =>
        result => TryRead(result, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<double>(result, $"{option} expects a number, such as {example}, not '{text}'.");

    /// <summary>A percentage, written as a number; "50%" gets a message of its own, since people write percentages that way.</summary>
    public static Func<ArgumentResult, double?> OptionalPercentage(string option, string example)
    {
        var read = Decimal(option, example);
        return result => TryRead(result, out var text) && text.Length > 1 && text.EndsWith('%')
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? Fail<double?>(result, $"{option} takes the percentage without the % sign: {option} {text[..^1]}, not '{text}'.")
                : read(result);
    }

    public static Func<ArgumentResult, int> Whole(string option, string example) =>
        result => TryRead(result, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<int>(result, System.Numerics.BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? $"{option} is far too large: '{text}'. Give a value such as {example}."
                : $"{option} expects a whole number, such as {example}, not '{text}'.");

    private static bool TryRead(ArgumentResult result, out string text)
    {
        text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        return result.Tokens.Count > 0;
    }

    private static T Fail<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
