using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ToolCalling.Testing;

/// <summary>
/// The regular expressions of a schema ("pattern" and the keys of "patternProperties"), compiled with a time limit.
/// NJsonSchema matches them with none, so a pattern that backtracks catastrophically would keep it busy for ever on a
/// long enough string. Every match it is about to make is made here first, and one that takes too long stops the check.
/// </summary>
internal sealed class SchemaPatterns
{
    private const int ExcerptLength = 40;

    private readonly ConcurrentDictionary<string, TimedPattern> _compiled = new(StringComparer.Ordinal);

    private SchemaPatterns()
    {
    }

    private sealed record TimedPattern(Regex Regex, SchemaLocation? At);

    /// <summary>Compiles every pattern in the schema. Throws <see cref="InvalidSchemaException"/> for one that does not compile.</summary>
    public static SchemaPatterns Of(JsonNode schema)
    {
        var patterns = new SchemaPatterns();
        if (schema is not JsonObject root)
        {
            return patterns;
        }

        foreach (var (subschema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            if (JsonKinds.AsString(subschema["pattern"]) is { } pattern)
            {
                patterns.Add(pattern, at.Key("pattern"));
            }

            foreach (var (key, _) in subschema["patternProperties"] as JsonObject ?? [])
            {
                patterns.Add(key, at.Key("patternProperties").Key(key));
            }
        }

        return patterns;
    }

    /// <summary>
    /// Matches what NJsonSchema is about to match when it checks <paramref name="token"/> against <paramref name="schema"/>.
    /// Throws <see cref="ValidationStopped"/> when a match runs out of time; stops matching the names of an object's
    /// properties once <paramref name="outOfTime"/> says the whole check is, and leaves that for the caller to report.
    /// </summary>
    public void MatchAhead(JToken token, JsonSchema schema, Func<bool> outOfTime)
    {
        if (token.Type == JTokenType.String && !string.IsNullOrEmpty(schema.Pattern))
        {
            Match(schema.Pattern, token.Value<string>() ?? "", () => InstancePath.Of(token));
        }

        if (token is JObject value && schema.PatternProperties.Count > 0)
        {
            foreach (var property in value.Properties())
            {
                foreach (var pattern in schema.PatternProperties.Keys)
                {
                    if (outOfTime())
                    {
                        return;
                    }

                    Match(pattern, property.Name, () => InstancePath.Of(property));
                }
            }
        }
    }

    /// <summary>The violation for a match that ran out of time, whether here or in NJsonSchema.</summary>
    public ValidationStopped TooSlow(string pattern, string text, string valuePath)
    {
        var where = _compiled.TryGetValue(pattern, out var known) && known.At is not null
            ? $"the schema's pattern at {known.At.Path}"
            : $"the schema's pattern {Teaching.Quote(pattern)}";
        return new ValidationStopped(valuePath,
            $"{where} took more than {SchemaValidatorLimits.PatternTimeout.TotalSeconds:0.#} s to match {Excerpt(text)} and was stopped: " +
            "it backtracks catastrophically, trying ever more ways to split the text between nested repetitions such as (\\w+\\s?)*; simplify it");
    }

    private void Add(string pattern, SchemaLocation at)
    {
        if (_compiled.ContainsKey(pattern))
        {
            return;
        }

        if (TooLong(pattern) is { } tooLong)
        {
            throw new InvalidSchemaException($"The schema cannot be used: at {at.Path}, {tooLong}");
        }

        try
        {
            _compiled[pattern] = new TimedPattern(Compile(pattern), at);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidSchemaException($"The schema cannot be used: at {at.Path}, the regular expression {Teaching.Quote(pattern)} does not compile: {exception.Message}");
        }
    }

    private void Match(string pattern, string text, Func<string> valuePath)
    {
        var timed = _compiled.GetOrAdd(pattern, unknown => new TimedPattern(Compile(unknown), null));
        try
        {
            timed.Regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw TooSlow(pattern, text, valuePath());
        }
    }

    /// <summary>What to say of a pattern too long to compile in good time, or null when it is short enough.</summary>
    public static string? TooLong(string pattern) => pattern.Length <= SchemaValidatorLimits.MaxPatternLength
        ? null
        : $"the regular expression is {pattern.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than the " +
            $"{SchemaValidatorLimits.MaxPatternLength.ToString("N0", CultureInfo.InvariantCulture)} the validator compiles in good time; " +
            "a pattern that long is usually a list of allowed values, which \"enum\" holds better";

    // The options NJsonSchema uses, so that both matches take the same course.
    private static Regex Compile(string pattern) => new(pattern, RegexOptions.None, SchemaValidatorLimits.PatternTimeout);

    private static string Excerpt(string text) => text.Length <= ExcerptLength
        ? Teaching.Quote(text)
        : $"\"{text[..ExcerptLength]}…\" ({text.Length} characters)";
}
