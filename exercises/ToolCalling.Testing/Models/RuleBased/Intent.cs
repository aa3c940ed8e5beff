namespace ToolCalling.Testing;

/// <summary>What a question asks for, as far as the rule-based model understands it.</summary>
internal abstract record Intent;

/// <summary>The weather in some cities; <see cref="Aggregate"/> says whether to average or compare them afterwards.</summary>
internal sealed record WeatherIntent(IReadOnlyList<string> Cities, Aggregate Aggregate) : Intent;

internal enum Aggregate
{
    None,
    Average,
    Comparison,
}

/// <summary>A temperature conversion; units are "celsius" or "fahrenheit".</summary>
internal sealed record ConversionIntent(double Value, string FromUnit, string ToUnit) : Intent;

internal sealed record ArithmeticIntent(string Expression) : Intent;

internal sealed record UnknownIntent : Intent;
