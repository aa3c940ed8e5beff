using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>
/// "dependentRequired" and "dependentSchemas": when an object has a property they name, it must also have the properties
/// listed for it, or match the schema given for it.
/// </summary>
internal static class DependentKeywords
{
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        if (token is not JObject value)
        {
            return;
        }

        foreach (var (name, required) in HeldSubschemas.Dependent(schema, HeldSubschemas.DependentRequired).Where(entry => value.ContainsKey(entry.Name)))
        {
            foreach (var missing in required.RequiredProperties.Where(other => !value.ContainsKey(other)))
            {
                errors.Add(new KeywordViolation($"the property \"{missing}\" is required when \"{name}\" is present (dependentRequired)",
                    value, schema, ValidationErrorKind.PropertyRequired, missing));
            }
        }

        foreach (var (name, dependent) in HeldSubschemas.Dependent(schema, HeldSubschemas.DependentSchemas).Where(entry => value.ContainsKey(entry.Name)))
        {
            if (check(value, dependent) is { Count: > 0 } problems)
            {
                errors.Add(new KeywordChildViolation($"the object has \"{name}\", so it must also match dependentSchemas[\"{name}\"], which it does not",
                    value, schema, dependent, problems));
            }
        }
    }
}
