using System.Globalization;
using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>Reads the course's kinds of question with a few fixed patterns. Deterministic on purpose: no guessing.</summary>
internal static partial class Question
{
    public static Intent Understand(string text)
    {
        var conversion = Conversion().Match(text);
        if (conversion.Success)
        {
            return new ConversionIntent(
                double.Parse(conversion.Groups["value"].Value, CultureInfo.InvariantCulture),
                Unit(conversion.Groups["from"].Value),
                Unit(conversion.Groups["to"].Value));
        }

        var cities = CityNames.In(text);
        if (cities.Count > 0 && WeatherWords().IsMatch(text))
        {
            var aggregate = AverageWords().IsMatch(text) ? Aggregate.Average
                : ComparisonWords().IsMatch(text) && cities.Count > 1 ? Aggregate.Comparison
                : Aggregate.None;
            return new WeatherIntent(cities, aggregate);
        }

        var arithmetic = Arithmetic().Match(text);
        return arithmetic.Success ? new ArithmeticIntent(arithmetic.Value.Trim()) : new UnknownIntent();
    }

    private static string Unit(string written) =>
        written.StartsWith('c') || written.StartsWith('C') ? "celsius" : "fahrenheit";

    [GeneratedRegex(
        @"(?<value>-?\d+(?:\.\d+)?)\s*(?:°\s*|degrees?\s+)?(?<from>celsius|fahrenheit|c|f)\b.*?\b(?:to|in|into)\s+(?:°\s*|degrees?\s+)?(?<to>celsius|fahrenheit|c|f)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Conversion();

    [GeneratedRegex(@"\b(weather|temperatures?|forecast|warm(er|est)?|cold(er|est)?|hot(ter|test)?|cool(er|est)?|degrees)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeatherWords();

    [GeneratedRegex(@"\b(average|mean)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AverageWords();

    [GeneratedRegex(@"\b(warmer|colder|hotter|cooler|warmest|coldest|hottest|coolest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonWords();

    [GeneratedRegex(@"[-(]*\s*\d+(?:\.\d+)?(?:\s*\)*\s*[-+*/]\s*\(*\s*\d+(?:\.\d+)?\s*\)*)+")]
    private static partial Regex Arithmetic();
}
