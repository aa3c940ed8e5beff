using System.Globalization;
using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// The numbers the validator library can take from a schema's keywords. NJsonSchema reads the bounds and "multipleOf" as
/// .NET decimals, which reach about 7.9e28 either side of 0 in steps no finer than 1e-28, and the lengths and counts as
/// 32-bit integers. Beyond those it either cannot load the schema or, for a "multipleOf" that rounds to 0, divides by zero.
/// </summary>
internal static class KeywordNumbers
{
    public static readonly IReadOnlyList<string> Bounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
    public static readonly IReadOnlyList<string> Counts =
        ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains"];

    /// <summary>
    /// What is wrong with the number a bound or count keyword holds, and what to do; null when it is fine or is not a
    /// number at all (the shape rules speak about those).
    /// </summary>
    public static (string Problem, string Hint)? Check(string keyword, JsonNode? value)
    {
        if (!JsonKinds.TryGetNumber(value, out var number))
        {
            return null;
        }

        return Counts.Contains(keyword) ? CheckCount(keyword, number, JsonKinds.Show(value)) : CheckBound(keyword, number, value!.ToJsonString());
    }

    /// <summary>The first number in <paramref name="root"/> that the library cannot use, with what to write instead.</summary>
    public static SchemaHazard? FirstProblem(JsonObject root)
    {
        foreach (var (schema, at) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            foreach (var keyword in Bounds.Concat(Counts).Where(schema.ContainsKey))
            {
                if (Check(keyword, schema[keyword]) is var (problem, hint))
                {
                    return new SchemaHazard(at.Key(keyword).Path, problem, hint);
                }
            }
        }

        return null;
    }

    /// <summary>Rewrites counts written with a decimal point, such as 2.0, as the whole numbers the library reads.</summary>
    public static void WriteCountsAsIntegers(JsonObject root)
    {
        foreach (var (schema, _) in SchemaTree.AllSchemas(root, SchemaLocation.Root("$")))
        {
            foreach (var keyword in Counts.Where(schema.ContainsKey))
            {
                if (JsonKinds.IsInteger(schema[keyword]) && JsonKinds.TryGetNumber(schema[keyword], out var count) && count is >= 0 and <= int.MaxValue)
                {
                    schema[keyword] = (int)count;
                }
            }
        }
    }

    private static (string, string)? CheckCount(string keyword, double count, string text)
    {
        if (count < 0 || (double.IsFinite(count) && Math.Floor(count) != count))
        {
            return ($"\"{keyword}\" must be a whole number of 0 or more, but it is {text}",
                $"Write how many are allowed, such as \"{keyword}\": 1.");
        }

        return count > int.MaxValue
            ? ($"\"{keyword}\" is {text}, more than the validator can count to ({int.MaxValue})",
                $"Use a limit of at most {int.MaxValue}, or leave \"{keyword}\" out if there is no limit.")
            : null;
    }

    private static (string, string)? CheckBound(string keyword, double bound, string exactText)
    {
        var text = LongNumbers.Show(exactText);
        if (keyword == "multipleOf" && bound <= 0)
        {
            return ($"\"multipleOf\" must be greater than 0, but it is {text}",
                "Use the step between allowed values, such as 1 for whole numbers or 0.01 for amounts in cents.");
        }

        if (!decimal.TryParse(exactText, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return ($"\"{keyword}\" is {text}, beyond the largest number the validator can compare (about 7.9e28 either side of 0)",
                $"Use a limit within that range, or leave \"{keyword}\" out if any number will do.");
        }

        return keyword == "multipleOf" && exact == 0
            ? ($"\"multipleOf\" is {text}, smaller than the smallest step the validator can represent (1e-28)",
                "Use a step of at least 1e-28, or leave \"multipleOf\" out: a step this small allows almost any number anyway.")
            : null;
    }
}
