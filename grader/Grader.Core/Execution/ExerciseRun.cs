using System.Diagnostics;
using Grader.Suites;

namespace Grader.Execution;

/// <summary>
/// What the phases of one exercise's run share: the learner's code and the suite's acts, the tests of each phase, the
/// exercise's share of the time budget (its clock runs only while a phase does), what was seen of each test, and the
/// worker in which the learner's code is loaded and still as the last phase left it.
/// </summary>
internal sealed class ExerciseRun(
    string exercise, byte[] learner, (byte[] Visible, byte[] Hidden) acts, IReadOnlyList<HiddenTestInfo> tests, (TimeSpan Whole, Stopwatch Clock) budget)
{
    /// <summary>The name the worker keeps the exercise's load under.</summary>
    public string Exercise { get; } = exercise;

    public byte[] Learner { get; } = learner;

    /// <summary>The acts of the visible tests, with the suite's helpers.</summary>
    public PhaseActs VisibleActs { get; } = new(acts.Visible, Beneath: null);

    /// <summary>The acts of the other tests, which build on the visible tests' acts: a fresh load takes both.</summary>
    public PhaseActs HiddenActs { get; } = new(acts.Hidden, Beneath: acts.Visible);

    public List<string> Visible { get; } = tests.Where(test => test.Visibility == Visibility.Visible).Select(test => test.Id).ToList();

    public List<string> Others { get; } = tests.Where(test => test.Visibility != Visibility.Visible).Select(test => test.Id).ToList();

    public (TimeSpan Whole, Stopwatch Clock) Budget { get; } = budget;

    public Dictionary<string, TestObservation> Observations { get; } = [];

    public WorkerProcess? LoadedIn { get; set; }

    /// <summary>What was seen of each test, in the suite's order.</summary>
    public IReadOnlyList<TestObservation> Results() => tests.Select(test => Observations[test.Id]).ToList();
}
