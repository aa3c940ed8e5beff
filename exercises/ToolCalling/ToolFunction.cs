using System.Text.Json;

namespace ToolCalling;

/// <summary>
/// A function your code offers to the model. It receives the parsed arguments object and returns
/// any value that System.Text.Json can serialize.
/// </summary>
public delegate object? ToolFunction(JsonElement arguments);
