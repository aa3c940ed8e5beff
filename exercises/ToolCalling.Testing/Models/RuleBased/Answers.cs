namespace ToolCalling.Testing;

/// <summary>The rule-based model's final texts, built from the numbers in the tool results.</summary>
internal static class Answers
{
    public const string NotUnderstood =
        "I can look up the weather in a city, compare or average temperatures, convert between celsius and " +
        "fahrenheit, and do arithmetic. What would you like to know?";

    public static string Weather(IReadOnlyList<(string City, Reading Reading)> readings) =>
        "Here is the current weather. " + string.Join(" ", readings.Select(pair => $"{pair.City}: {Describe(pair.Reading)}."));

    public static string Average(IReadOnlyList<(string City, Reading Reading)> readings, double average) =>
        $"The average temperature of {Names(readings)} is {ToolArguments.Number(average)}{UnitOf(readings)} " +
        $"({string.Join(", ", readings.Select(pair => $"{pair.City} {pair.Reading.Temperature}"))}).";

    public static string Comparison((string City, Reading Reading) first, (string City, Reading Reading) second, double difference)
    {
        if (difference == 0)
        {
            return $"{first.City} and {second.City} are equally warm at {first.Reading.Temperature}.";
        }

        var (warmer, colder) = difference > 0 ? (first, second) : (second, first);
        return $"{warmer.City} is warmer than {colder.City}: {warmer.Reading.Temperature} against {colder.Reading.Temperature}, " +
            $"a difference of {ToolArguments.Number(Math.Abs(difference))}{UnitOf([first, second])}.";
    }

    public static string Warmest(IReadOnlyList<(string City, Reading Reading)> readings)
    {
        var warmest = readings.MaxBy(pair => pair.Reading.Number)!;
        var others = readings.Where(pair => pair.City != warmest.City).Select(pair => $"{pair.City} {pair.Reading.Temperature}");
        return $"{warmest.City} is the warmest at {warmest.Reading.Temperature} ({string.Join(", ", others)}).";
    }

    public static string Conversion(ConversionIntent conversion, double result) =>
        $"{ToolArguments.Number(conversion.Value)}{Symbol(conversion.FromUnit)} is {ToolArguments.Number(result)}{Symbol(conversion.ToUnit)}.";

    public static string Arithmetic(string expression, double result) => $"{expression} = {ToolArguments.Number(result)}";

    public static string Failed(string what, Reading reading) => $"I could not {what}: {reading.Error}.";

    public static string NoTool(string what) => $"I have no tool to {what}, so I cannot answer that reliably.";

    public static string ToolsNotAllowed(string toolName) =>
        $"I would need to call {toolName} to answer that, but this request does not allow tool calls.";

    private static string Describe(Reading reading) => reading.Failed
        ? $"no data ({reading.Error})"
        : reading.Condition is null ? reading.Temperature : $"{reading.Temperature}, {reading.Condition}";

    private static string Names(IReadOnlyList<(string City, Reading Reading)> readings) => readings.Count == 1
        ? readings[0].City
        : $"{string.Join(", ", readings.SkipLast(1).Select(pair => pair.City))} and {readings[^1].City}";

    private static string UnitOf(IReadOnlyList<(string City, Reading Reading)> readings)
    {
        var units = readings.Select(pair => pair.Reading.Unit).Distinct().ToList();
        return units is [{ } unit] ? unit : " degrees";
    }

    private static string Symbol(string unit) => unit == "celsius" ? "°C" : "°F";
}
