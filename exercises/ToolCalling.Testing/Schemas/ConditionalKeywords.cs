using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ToolCalling.Testing;

/// <summary>"if", "then" and "else": a value that matches "if" must match "then", and one that does not must match "else".</summary>
internal static class ConditionalKeywords
{
    public static void Check(JToken token, JsonSchema schema, SubschemaCheck check, ICollection<ValidationError> errors)
    {
        if (HeldSubschemas.Of(schema, "if") is not { } condition)
        {
            return;
        }

        var matches = check(token, condition).Count == 0;
        var (keyword, text) = matches
            ? ("then", "the value matches \"if\", so it must also match \"then\", which it does not")
            : ("else", "the value does not match \"if\", so it must match \"else\", which it does not");
        if (HeldSubschemas.Of(schema, keyword) is { } branch && check(token, branch) is { Count: > 0 } branchErrors)
        {
            errors.Add(new KeywordChildViolation(text, token, schema, branch, branchErrors));
        }
    }
}
