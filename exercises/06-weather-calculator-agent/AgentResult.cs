namespace Exercises;

// Given: what the agent reports about one question. Don't edit this file; the grader uses its own copy.

/// <summary>
/// The model's final text, how many rounds of tool calls it took to get there, and how many tool calls were answered
/// in all. "What is the average temperature of Tokyo, London and New York?" takes 2 rounds and 4 tool calls.
/// </summary>
public sealed record AgentResult(string Answer, int Rounds, int ToolCalls);
