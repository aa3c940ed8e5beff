using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// NJsonSchema's validator for one value, within <see cref="SchemaValidatorLimits"/>. NJsonSchema calls this override for
/// every part of the value and every schema it checks that part against, so the limits hold however the schema is built.
/// When one is hit, it throws <see cref="ValidationStopped"/> instead of overflowing the stack or running for ever.
/// </summary>
internal sealed class BoundedValidation(SchemaPatterns patterns, TimeSpan checkTime) : JsonSchemaValidator(Settings())
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _checks;
    private int _nested;

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        StopAtALimit(token, schema);
        patterns.MatchAhead(token, schema, () => _clock.Elapsed > checkTime);
        // Matching ahead stops early when time runs out; NJsonSchema must not then make the remaining matches untimed.
        StopWhenOutOfTime(token);
        _nested++;
        try
        {
            var errors = base.Validate(token, schema, schemaType, propertyName, propertyPath);
            LibraryDepartures.Correct(token, schema, errors);
            OwnKeywordChecks.Check(token, schema, (part, subschema) => Validate(part, subschema, schemaType, null, propertyPath), errors);
            return errors;
        }
        catch (RegexMatchTimeoutException timeout)
        {
            // Only when something in the process set a default time limit for every regular expression.
            throw patterns.TooSlow(timeout.Pattern, timeout.Input, InstancePath.Of(token));
        }
        finally
        {
            _nested--;
        }
    }

    private void StopAtALimit(JToken token, JsonSchema schema)
    {
        if (++_checks > SchemaValidatorLimits.MaxChecks)
        {
            throw new ValidationStopped(InstancePath.Of(token),
                $"checking the value took more than {SchemaValidatorLimits.MaxChecks} schema checks and was stopped: the schema makes the validator " +
                "repeat its work, for example with allOf or anyOf entries that refer to definitions which do the same again; simplify it");
        }

        if (_nested == SchemaValidatorLimits.MaxNestedChecks)
        {
            throw new ValidationStopped(InstancePath.Of(token),
                $"checking the value went more than {SchemaValidatorLimits.MaxNestedChecks} schemas deep and was stopped before it could overflow the stack: " +
                "the schema's \"$ref\", allOf, anyOf and oneOf lead from schema to schema too long without going into the value; shorten those chains");
        }

        StopWhenOutOfTime(token);
        if (schema.Enumeration.Count > 0 && token is JContainer container)
        {
            CheckEnumWork(container, schema.Enumeration.Count);
        }

        if (token is JValue { Value: BigInteger })
        {
            // NJsonSchema converts every number it checks to a decimal, which throws for an integer Newtonsoft had to hold as a BigInteger.
            throw new ValidationStopped(InstancePath.Of(token),
                $"the integer {LongNumbers.Show(token.ToString())} is beyond what the validator can check " +
                $"({long.MinValue.ToString(CultureInfo.InvariantCulture)} to {long.MaxValue.ToString(CultureInfo.InvariantCulture)}), " +
                "so the value was not checked; if it is an identifier rather than a quantity, declare it as a string");
        }
    }

    private void StopWhenOutOfTime(JToken token)
    {
        if (_clock.Elapsed > checkTime)
        {
            throw new ValidationStopped(InstancePath.Of(token),
                $"checking the value took more than {checkTime.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s and was stopped: the schema makes each check slow " +
                "or repeats it many times, for example with a very long enum or slow patterns that allOf, anyOf or \"$ref\" bring in again and again; simplify it");
        }
    }

    private static void CheckEnumWork(JContainer value, int values)
    {
        var length = value.ToString(Formatting.None).Length;
        if ((long)length * values > SchemaValidatorLimits.MaxEnumComparison)
        {
            throw new ValidationStopped(InstancePath.Of(value),
                $"comparing this value ({Count(length)} characters as JSON) with each of the {Count(values)} values of \"enum\" is too much work, " +
                "so the value was not checked; list fewer values, or check a large value like this one in code");
        }
    }

    private static JsonSchemaValidatorSettings Settings()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.AddCustomFormatValidator(new DurationFormat());
        return settings;
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
