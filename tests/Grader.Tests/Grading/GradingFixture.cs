using System.Collections.Concurrent;
using Grader.Execution;
using Grader.Grading;
using Grader.Infrastructure;
using Grader.Reports;
using Grader.Scenarios;
using Grader.Submissions;

namespace Grader.Tests.Grading;

/// <summary>
/// One grading session for all tests that grade real submissions: the suites compile once and the workers
/// stay warm. Scenarios are assembled into a temporary folder that is deleted afterwards.
/// </summary>
public sealed class GradingFixture : IDisposable
{
    public static readonly GradingLimits Limits = new()
    {
        TestTimeout = TimeSpan.FromSeconds(4),
        // A share of 30 s per exercise: the endless-loop scenario's four endless tests take 16 s and a fresh worker after
        // each, which a busy machine can slow to seconds; a share they nearly fill would make its report depend on the load.
        SubmissionBudget = TimeSpan.FromSeconds(180),
        MemoryBytes = 192L * 1024 * 1024, // small, so memory hogs hit the limit quickly
        // A worker uses under 100 MB. Touching fresh memory can be as slow as 200 MB/s on a busy virtual machine, so
        // a native hog must reach the cap well within the test's time limit to be reported for its memory.
        NativeHeadroomBytes = 128L * 1024 * 1024,
        // Well above the few dozen a worker runs, and low enough that a thread bomb reaches it quickly under load.
        MaxThreads = 400,
    };

    private readonly string _workspace = Directory.CreateTempSubdirectory("grader-tests-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<Task<GradingReport>>> _reports = new();

    public GradingFixture()
    {
        OpenedAt = DateTime.UtcNow;
        Repository = RepositoryLayout.Locate();
        Session = GradingSession.Open(
            new GradingOptions(Repository.Exercises, Repository.Suites) { Limits = Limits, Jobs = 2 },
            _ => { });
    }

    public RepositoryLayout Repository { get; }

    /// <summary>When this run's grading began: anything older on disk was written by another run.</summary>
    public DateTime OpenedAt { get; }

    public GradingSession Session { get; }

    public IReadOnlyList<Scenario> Scenarios =>
        [.. Grader.Scenarios.Scenario.LoadAll(Repository.Scenarios), .. Grader.Scenarios.Scenario.LoadAll(Repository.HostileScenarios)];

    public Scenario Scenario(string name) => Scenarios.Single(scenario => scenario.Name == name);

    /// <summary>An empty folder of its own, deleted with the fixture.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(_workspace, Guid.NewGuid().ToString("N"))).FullName;

    public string Assemble(Scenario scenario) => scenario.Assemble(Repository, Path.Combine(_workspace, Guid.NewGuid().ToString("N")));

    /// <summary>The all-correct scenario with exercise 02's dispatcher replaced by <paramref name="dispatcher"/>.</summary>
    public Submission AllCorrectWithDispatcher(string dispatcher, string name)
    {
        var folder = Assemble(Scenario("all-correct"));
        File.WriteAllText(Path.Combine(folder, "exercises", "02-dispatch-tool-call", "ToolDispatcher.cs"), dispatcher);
        return Submission.Open(folder, name);
    }

    /// <summary>
    /// A session of its own that runs one worker at a time, for tests that watch how workers are used; with
    /// <paramref name="suites"/>, it grades with those suites (see <see cref="CopyOfTheSuites"/>).
    /// </summary>
    public GradingSession OpenPrivateSession(GradingLimits? limits = null, SandboxMode sandbox = SandboxMode.Auto, string? suites = null) =>
        GradingSession.Open(
            new GradingOptions(Repository.Exercises, suites ?? Repository.Suites) { Limits = limits ?? Limits, Jobs = 1, Sandbox = sandbox },
            _ => { });

    /// <summary>A copy of the hidden suites in a new folder, for a test to add its own tests to.</summary>
    public string CopyOfTheSuites()
    {
        var suites = NewFolder();
        SourceTree.Copy(Repository.Suites, suites, overwrite: false);
        return suites;
    }

    public Task<GradingReport> GradeAsync(string name) => GradeAsync(Scenario(name));

    /// <summary>
    /// The scenario's report. Golden, score and hostile-corpus tests each assert something different about the same
    /// grading, so every scenario is graded once per run and the report is shared.
    /// </summary>
    public Task<GradingReport> GradeAsync(Scenario scenario) => _reports.GetOrAdd(scenario.Name,
        _ => new Lazy<Task<GradingReport>>(() => Session.GradeAsync(Submission.Open(Assemble(scenario), scenario.Name)))).Value;

    public void Dispose()
    {
        Session.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class GradingCollection : ICollectionFixture<GradingFixture>
{
    public const string Name = "grading";
}
