namespace ToolCalling.Testing;

/// <summary>
/// How the OpenAI API itself answers a request carrying this problem: the <c>code</c> and <c>param</c>
/// of its 400 error. A problem has one only where the API's behaviour and wording are known.
/// </summary>
public sealed record ApiRejection(string Code, string Param);
