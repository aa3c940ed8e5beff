using System.Numerics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// NJsonSchema's validator for one value, within <see cref="SchemaValidatorLimits"/>. NJsonSchema calls this override for
/// every part of the value and every schema it checks that part against, so the limits hold however the schema is built.
/// When one is hit, it throws <see cref="ValidationStopped"/> instead of overflowing the stack or running for ever.
/// </summary>
internal sealed class BoundedValidation(SchemaPatterns patterns) : JsonSchemaValidator(new JsonSchemaValidatorSettings())
{
    private int _checks;
    private int _nested;

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
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

        if (token is JValue { Value: BigInteger })
        {
            // NJsonSchema converts every number it checks to a decimal, which throws for an integer Newtonsoft had to hold as a BigInteger.
            throw new ValidationStopped(InstancePath.Of(token),
                $"the integer {LongNumbers.Show(token.ToString())} is beyond what the validator can check ({long.MinValue} to {long.MaxValue}), " +
                "so the value was not checked; if it is an identifier rather than a quantity, declare it as a string");
        }

        patterns.MatchAhead(token, schema);
        _nested++;
        try
        {
            return base.Validate(token, schema, schemaType, propertyName, propertyPath);
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
}
