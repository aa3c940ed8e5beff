namespace ToolCalling.Testing;

/// <summary>
/// The steps of a weather question: one get_weather call per city (in parallel), then for an average or a
/// comparison one calculate call, then the answer built from the results.
/// </summary>
internal sealed class WeatherSteps(Progress progress, ToolDefinition? weatherTool, ToolDefinition? calculator)
{
    public Plan Next(WeatherIntent question)
    {
        if (weatherTool is null)
        {
            return Plan.Say(Answers.NoTool("look up the weather"));
        }

        var calls = progress.CallsOf(weatherTool.Function.Name)
            .Select(exchange => (City: ToolArguments.CityOf(weatherTool, exchange.Arguments), exchange.Result))
            .ToList();
        var missing = question.Cities
            .Where(city => !calls.Any(call => string.Equals(call.City, city, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (missing.Count > 0)
        {
            return Plan.Call(missing.Select(city => (weatherTool.Function.Name, ToolArguments.Weather(weatherTool, city))));
        }

        var readings = question.Cities
            .Select(city => (city, ToolResults.Read(calls.Last(call => string.Equals(call.City, city, StringComparison.OrdinalIgnoreCase)).Result)))
            .ToList();
        if (readings.Any(pair => pair.Item2.Failed) || question.Aggregate == Aggregate.None)
        {
            return Plan.Say(Answers.Weather(readings));
        }

        return question.Aggregate == Aggregate.Comparison && readings.Count > 2
            ? Plan.Say(Answers.Warmest(readings))
            : Combine(question.Aggregate, readings);
    }

    private Plan Combine(Aggregate aggregate, List<(string City, Reading Reading)> readings)
    {
        var numbers = readings.Select(pair => pair.Reading.Number!.Value).ToList();
        var expression = aggregate == Aggregate.Average
            ? $"({string.Join(" + ", numbers.Select(ToolArguments.Number))}) / {numbers.Count}"
            : $"{ToolArguments.Number(numbers[0])} - {ToolArguments.Number(numbers[1])}";
        if (calculator is null)
        {
            return Answer(aggregate, readings, aggregate == Aggregate.Average ? numbers.Average() : numbers[0] - numbers[1]);
        }

        if (progress.CallsOf(calculator.Function.Name).LastOrDefault() is not { } done)
        {
            return Plan.Call([(calculator.Function.Name, ToolArguments.Calculation(calculator, expression))]);
        }

        var result = ToolResults.Read(done.Result);
        return result.Failed ? Plan.Say(Answers.Failed($"calculate {expression}", result)) : Answer(aggregate, readings, result.Number!.Value);
    }

    private static Plan Answer(Aggregate aggregate, List<(string City, Reading Reading)> readings, double result) =>
        Plan.Say(aggregate == Aggregate.Average ? Answers.Average(readings, result) : Answers.Comparison(readings[0], readings[1], result));
}
