namespace Grader.Execution;

/// <summary>
/// The act assembly a phase of an exercise's tests runs, and the one it builds on, if any: a worker that loads the exercise
/// afresh for the phase loads that one first; one that continues the exercise has it loaded already.
/// </summary>
internal sealed record PhaseActs(byte[] Act, byte[]? Beneath);
