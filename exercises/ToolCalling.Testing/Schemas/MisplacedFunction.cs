using System.Text.Json.Nodes;

namespace ToolCalling.Testing;

/// <summary>
/// A tool whose function's keys sit at the top level instead of inside <c>"function"</c>, and the shape it most
/// likely came from: the Responses API (flat, with <c>"type": "function"</c>), Anthropic's API (with
/// <c>"input_schema"</c>), or a bare function without the tool around it. The explanation is given once, on the
/// first misplaced key; the keys after it only say where they go.
/// </summary>
internal sealed class MisplacedFunction
{
    public static readonly string[] Keys = ["name", "description", "parameters", "strict"];
    private const string AnthropicSchemaKey = "input_schema";

    private readonly string _explanation;
    private bool _explained;

    private MisplacedFunction(string explanation) => _explanation = explanation;

    /// <summary>The misplaced keys' explainer, or null when the tool has a "function" or none of its keys.</summary>
    public static MisplacedFunction? In(JsonObject tool)
    {
        if (tool.ContainsKey("function") || !Keys.Append(AnthropicSchemaKey).Any(tool.ContainsKey))
        {
            return null;
        }

        return new MisplacedFunction(
            tool.ContainsKey(AnthropicSchemaKey)
                ? "This is the shape of an Anthropic tool. In OpenAI's Chat Completions, the tool is {\"type\": \"function\", \"function\": {...}}, " +
                  "and name, description and the schema (called \"parameters\") go inside \"function\"."
                : JsonKinds.AsString(tool["type"]) == "function"
                    ? "This is the Responses API's flat shape. In Chat Completions, name, description, parameters and strict go inside \"function\": {...}."
                    : "This is a function without the tool around it. Wrap it: {\"type\": \"function\", \"function\": {\"name\": ..., \"description\": ..., \"parameters\": ...}}.");
    }

    public static bool IsMisplaced(string key) => Keys.Contains(key) || key == AnthropicSchemaKey;

    /// <summary>The hint for one misplaced key: the whole explanation the first time, then where the key goes.</summary>
    public string HintFor(string key)
    {
        if (!_explained)
        {
            _explained = true;
            return _explanation;
        }

        return key == AnthropicSchemaKey ? "Rename it \"parameters\" and move it inside \"function\"." : "Move it inside \"function\" too.";
    }

    /// <summary>The hint for the missing "function": the explanation, unless a misplaced key already gave it.</summary>
    public string HintForMissingFunction() =>
        _explained ? "Put the function's keys inside \"function\": {...}." : HintFor("function");
}
