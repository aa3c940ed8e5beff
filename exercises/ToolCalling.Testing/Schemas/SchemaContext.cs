using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>What every schema rule needs to know besides the schema object in front of it.</summary>
/// <param name="Root">The whole <c>parameters</c> schema, which local <c>$ref</c>s resolve against.</param>
/// <param name="FunctionName">The function's name, which the API quotes in schema errors.</param>
/// <param name="Parameters">Where <c>parameters</c> is, for the API's error parameter.</param>
internal sealed record SchemaContext(JsonNode Root, string FunctionName, ApiLocation Parameters, ProblemList Problems);
