using Grader.Execution;

namespace Grader.Grading;

/// <summary>How a grading run is set up: where the exercises and hidden suites are, and how learner code runs.</summary>
public sealed record GradingOptions(string ExercisesDirectory, string SuitesDirectory)
{
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    public GradingLimits Limits { get; init; } = new();

    /// <summary>How many submissions are graded at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Where compiled hidden suites are kept between runs; null compiles them on every run.</summary>
    public string? SuiteCacheDirectory { get; init; } = Suites.SuiteCache.DefaultDirectory;

    /// <summary>For instructors: show hidden tests' details (inputs, expected values) in messages.</summary>
    public bool RevealHiddenDetails { get; init; }
}
