namespace Grader.Suites;

/// <summary>A check asked for the produced value, but the learner's code threw instead.</summary>
public sealed class ProducedException(string message) : Exception(message);
