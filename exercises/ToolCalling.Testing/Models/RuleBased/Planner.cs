namespace ToolCalling.Testing;

/// <summary>
/// Decides the rule-based model's next step from the question and the tool results so far: the calls still
/// needed, or the final text once every number is in. Then it applies tool_choice and parallel_tool_calls.
/// </summary>
internal sealed class Planner
{
    private readonly ChatCompletionRequest _request;
    private readonly Progress _progress;
    private readonly Intent _intent;

    public Planner(ChatCompletionRequest request)
    {
        _request = request;
        _progress = Progress.Of(request.Messages);
        _intent = Question.Understand(_progress.Question);
    }

    public Plan Next()
    {
        var plan = ApplyToolChoice(Natural());
        return _request.ParallelToolCalls == false && plan.Calls.Count > 1 ? Plan.Call(plan.Calls.Take(1)) : plan;
    }

    private Plan Natural() => _intent switch
    {
        WeatherIntent weather => new WeatherSteps(_progress, Declared("get_weather"), Declared("calculate")).Next(weather),
        ConversionIntent conversion => Convert(conversion),
        ArithmeticIntent arithmetic => Calculate(arithmetic),
        _ => Plan.Say(Answers.NotUnderstood),
    };

    private Plan Convert(ConversionIntent conversion)
    {
        if (Declared("convert_temperature") is not { } tool)
        {
            var converted = conversion.FromUnit == conversion.ToUnit ? conversion.Value
                : conversion.FromUnit == "celsius" ? (conversion.Value * 9 / 5) + 32
                : (conversion.Value - 32) * 5 / 9;
            return Plan.Say(Answers.Conversion(conversion, converted));
        }

        if (_progress.CallsOf(tool.Function.Name).LastOrDefault() is not { } done)
        {
            return Plan.Call([(tool.Function.Name, ToolArguments.Conversion(tool, conversion.Value, conversion.FromUnit, conversion.ToUnit))]);
        }

        var reading = ToolResults.Read(done.Result);
        return Plan.Say(reading.Failed ? Answers.Failed("convert the temperature", reading) : Answers.Conversion(conversion, reading.Number!.Value));
    }

    private Plan Calculate(ArithmeticIntent arithmetic)
    {
        if (Declared("calculate") is not { } tool)
        {
            return Plan.Say(Answers.NoTool("do arithmetic"));
        }

        if (_progress.CallsOf(tool.Function.Name).LastOrDefault() is not { } done)
        {
            return Plan.Call([(tool.Function.Name, ToolArguments.Calculation(tool, arithmetic.Expression))]);
        }

        var reading = ToolResults.Read(done.Result);
        return Plan.Say(reading.Failed ? Answers.Failed("calculate that", reading) : Answers.Arithmetic(arithmetic.Expression, reading.Number!.Value));
    }

    private Plan ApplyToolChoice(Plan natural)
    {
        var choice = _request.ToolChoice;
        if (choice == ToolChoice.None)
        {
            return natural.Calls.Count > 0 ? Plan.Say(Answers.ToolsNotAllowed(natural.Calls[0].Name)) : natural;
        }

        if (choice?.FunctionName is { } forced)
        {
            var kept = natural.Calls.Where(call => call.Name == forced).ToList();
            return kept.Count > 0 ? Plan.Call(kept) : Plan.Call(FreshCalls(forced));
        }

        return choice == ToolChoice.Required && natural.Calls.Count == 0 ? Plan.Call(FreshCalls(PrimaryTool())) : natural;
    }

    // A forced call when the conversation no longer needs one: the real model calls the tool again all the same.
    private IEnumerable<(string Name, string Arguments)> FreshCalls(string name)
    {
        var tool = Declared(name) ?? throw CannotCall(name, "the request does not declare it");
        return (name, _intent) switch
        {
            ("get_weather", WeatherIntent weather) => weather.Cities.Select(city => (name, ToolArguments.Weather(tool, city))),
            ("get_weather", _) when CityNames.In(_progress.Question) is { Count: > 0 } cities =>
                cities.Select(city => (name, ToolArguments.Weather(tool, city))),
            ("calculate", ArithmeticIntent arithmetic) => [(name, ToolArguments.Calculation(tool, arithmetic.Expression))],
            ("convert_temperature", ConversionIntent c) => [(name, ToolArguments.Conversion(tool, c.Value, c.FromUnit, c.ToUnit))],
            _ => throw CannotCall(name, "it cannot work out the arguments from the question"),
        };
    }

    private string PrimaryTool() => _intent switch
    {
        WeatherIntent => "get_weather",
        ConversionIntent => "convert_temperature",
        ArithmeticIntent => "calculate",
        _ => throw CannotCall("a tool (tool_choice is required)", "the question asks for nothing it knows a tool for"),
    };

    private ToolDefinition? Declared(string name) => _request.Tools?.FirstOrDefault(tool => tool.Function.Name == name);

    private InvalidOperationException CannotCall(string name, string reason) => new(
        $"RuleBasedChatModel cannot call {name}: {reason}. Question: {Teaching.Quote(_progress.Question)}\n" +
        "It understands weather questions about named cities (get_weather, then calculate for averages and " +
        "comparisons), \"convert 30 celsius to fahrenheit\" (convert_temperature) and arithmetic (calculate). " +
        "Script other conversations with ScriptedChatModel.");
}
