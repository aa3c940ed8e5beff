namespace Grader.Benchmarks;

/// <summary>
/// A step the benchmark times did not do its work (the grader exited with an error, or dotnet test ran no test): its
/// figure would time a failure, so the benchmark stops that part and says why.
/// </summary>
internal sealed class StepFailedException(string message) : Exception(message);
