using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ToolCalling.Testing;

/// <summary>
/// Checks the value keywords of one schema object: <c>enum</c> and <c>const</c> against the declared
/// type, numeric and length bounds, regular expressions, and keywords that look misspelled.
/// </summary>
internal static class SchemaValueRules
{
    public static void Check(JsonObject schema, SchemaLocation at, ProblemList problems)
    {
        var types = SchemaTree.DeclaredTypes(schema);
        CheckEnum(schema, at, types, problems);
        if (schema.TryGetPropertyValue("const", out var constant) && types.Count > 0 && !TypeNames.Allows(types, constant))
        {
            problems.Error(at.Key("const").Path, $"\"const\" is {JsonKinds.Show(constant)}, which does not fit \"type\" {TypesText(types)}");
        }

        CheckDefault(schema, at, types, problems);
        CheckNumbers(schema, at, problems);
        CheckPatterns(schema, at, problems);
        if (JsonKinds.AsString(schema["format"]) is { } format && !CheckedFormats.Names.Contains(format))
        {
            problems.Warning(at.Key("format").Path, $"the validator the tests use does not check the format \"{format}\", so a string of any shape passes as one",
                "Add a \"pattern\" that the string must match, and say the expected shape in \"description\".");
        }

        foreach (var key in schema.Select(property => property.Key).Where(key => !SchemaKeywords.All.Contains(key) && key.Length >= 4))
        {
            var meant = Spelling.ClosestTo(key, SchemaKeywords.All);
            if (meant is not null)
            {
                problems.Warning(at.Key(key).Path, $"\"{key}\" is not a JSON Schema keyword, so it has no effect",
                    $"Did you mean \"{meant}\"?");
            }
        }
    }

    private static void CheckEnum(JsonObject schema, SchemaLocation at, IReadOnlyList<string> types, ProblemList problems)
    {
        if (!schema.TryGetPropertyValue("enum", out var node))
        {
            return;
        }

        if (node is not JsonArray { Count: > 0 } values)
        {
            problems.Error(at.Key("enum").Path, $"\"enum\" must be a non-empty array of the allowed values, but it is {JsonKinds.Show(node)}",
                "List the values, e.g. \"enum\": [\"electronics\", \"books\"].");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < values.Count; index++)
        {
            var item = at.Key("enum").Index(index);
            if (types.Count > 0 && !TypeNames.Allows(types, values[index]))
            {
                EnumValueOfAnotherType(item, values[index], types, problems);
            }
            else if (!seen.Add(JsonCanonicalText.Of(values[index])))
            {
                problems.Warning(item, $"the enum value {JsonKinds.Show(values[index])} is listed twice");
            }
        }

        if (types.Contains("null") && !values.Any(value => value is null))
        {
            problems.Warning(at.Key("enum").Path, "\"type\" allows null, but \"enum\" does not list null, so null is still not a valid value",
                "Add null to \"enum\" as well to let the model leave this field empty.");
        }
    }

    // "default" is only an annotation: no validator checks it. The model reads it, though, and may send it back as
    // the argument, where a value that breaks the schema fails.
    private static void CheckDefault(JsonObject schema, SchemaLocation at, IReadOnlyList<string> types, ProblemList problems)
    {
        if (!schema.TryGetPropertyValue("default", out var fallback))
        {
            return;
        }

        var place = at.Key("default");
        if (types.Count > 0 && !TypeNames.Allows(types, fallback))
        {
            problems.Warning(place, $"the default {JsonKinds.Show(fallback)} is {JsonKinds.ApiName(fallback)}, but \"type\" is {TypesText(types)}; " +
                "the model may send the default as the argument, and it would fail the schema",
                "Give a default of the declared type, or leave \"default\" out and say the default in \"description\".");
        }
        else if (schema["enum"] is JsonArray { Count: > 0 } values && !values.Any(value => JsonNode.DeepEquals(value, fallback)))
        {
            problems.Warning(place, $"the default {JsonKinds.Show(fallback)} is not one of the \"enum\" values; " +
                "the model may send the default as the argument, and it would fail the schema",
                "Make the default one of the listed values, or leave \"default\" out.");
        }
    }

    private static void CheckNumbers(JsonObject schema, SchemaLocation at, ProblemList problems)
    {
        foreach (var keyword in KeywordNumbers.Bounds.Where(schema.ContainsKey).Where(keyword => !JsonKinds.TryGetNumber(schema[keyword], out _)))
        {
            var hint = keyword.StartsWith("exclusive", StringComparison.Ordinal) && JsonKinds.AsBoolean(schema[keyword]) is not null
                ? $"The true/false form is from an old draft; today \"{keyword}\" holds the limit itself, e.g. \"{keyword}\": 0."
                : null;
            problems.Error(at.Key(keyword).Path, $"\"{keyword}\" must be a number, but it is {JsonKinds.Show(schema[keyword])}", hint);
        }

        foreach (var keyword in KeywordNumbers.Counts.Where(schema.ContainsKey).Where(keyword => !JsonKinds.TryGetNumber(schema[keyword], out _)))
        {
            problems.Error(at.Key(keyword).Path, $"\"{keyword}\" must be a whole number of 0 or more, but it is {JsonKinds.Show(schema[keyword])}");
        }

        foreach (var keyword in KeywordNumbers.Bounds.Concat(KeywordNumbers.Counts).Where(schema.ContainsKey))
        {
            if (KeywordNumbers.Check(keyword, schema[keyword]) is var (problem, hint))
            {
                problems.Error(at.Key(keyword).Path, problem, hint);
            }
        }

        CheckOrder(schema, at, "minimum", "maximum", problems);
        CheckOrder(schema, at, "minLength", "maxLength", problems);
        CheckOrder(schema, at, "minItems", "maxItems", problems);
        CheckOrder(schema, at, "minProperties", "maxProperties", problems);
        CheckOrder(schema, at, "minContains", "maxContains", problems);
    }

    private static void CheckOrder(JsonObject schema, SchemaLocation at, string low, string high, ProblemList problems)
    {
        if (JsonKinds.TryGetNumber(schema[low], out var lowest) && JsonKinds.TryGetNumber(schema[high], out var highest) && lowest > highest)
        {
            problems.Error(at.Key(low).Path,
                $"\"{low}\" ({JsonKinds.Show(schema[low])}) is greater than \"{high}\" ({JsonKinds.Show(schema[high])}), so no value can be valid",
                $"Make \"{low}\" at most \"{high}\": the two are probably swapped.");
        }
    }

    private static void CheckPatterns(JsonObject schema, SchemaLocation at, ProblemList problems)
    {
        if (schema.TryGetPropertyValue("pattern", out var pattern))
        {
            var text = JsonKinds.AsString(pattern);
            var problem = text is null ? $"\"pattern\" must be a string, but it is {JsonKinds.ApiName(pattern)}" : RegexProblem(text);
            if (problem is not null)
            {
                problems.Error(at.Key("pattern").Path, problem);
            }
        }

        if (schema["patternProperties"] is JsonObject patterns)
        {
            foreach (var (key, _) in patterns)
            {
                if (RegexProblem(key) is { } problem)
                {
                    problems.Error(at.Key("patternProperties").Key(key).Path, problem);
                }
            }
        }
    }

    private static string? RegexProblem(string pattern)
    {
        if (SchemaPatterns.TooLong(pattern) is { } tooLong)
        {
            return tooLong;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException exception)
        {
            return $"the regular expression {Teaching.Quote(pattern)} does not compile: {exception.Message}";
        }
    }

    private static void EnumValueOfAnotherType(SchemaLocation item, JsonNode? value, IReadOnlyList<string> types, ProblemList problems)
    {
        if (value is null)
        {
            problems.Error(item, $"\"enum\" lists null, but \"type\" is {TypesText(types)}, which does not allow null, so null is never a valid value",
                $"To let the model leave this field empty, add \"null\" to \"type\": [{string.Join(", ", types.Append("null").Select(type => $"\"{type}\""))}]. Otherwise remove null from \"enum\".");
            return;
        }

        problems.Error(item, $"the enum value {JsonKinds.Show(value)} is {JsonKinds.ApiName(value)}, but \"type\" is {TypesText(types)}, " +
            "so the value is never valid and the model cannot use it",
            $"Write the value as {TypesText(types)} allows (for a string, in quotes), or remove it from \"enum\".");
    }

    private static string TypesText(IReadOnlyList<string> types) =>
        types.Count == 1 ? $"\"{types[0]}\"" : $"[{string.Join(", ", types.Select(type => $"\"{type}\""))}]";
}
