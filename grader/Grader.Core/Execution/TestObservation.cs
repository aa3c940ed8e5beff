using Grader.Suites;

namespace Grader.Execution;

/// <summary>What the grader saw of one test's act. Only the grader turns this into a verdict.</summary>
internal abstract record TestObservation(string TestId);

/// <summary>The act finished: it returned a value or the learner's code threw.</summary>
internal sealed record ActCompleted(string TestId, Produced Produced) : TestObservation(TestId);

/// <summary>
/// The act threw a mistake in code (a NullReferenceException, say) from the suite's own code, with no learner code on the
/// stack: the test is broken, whatever the learner's code did.
/// </summary>
/// <param name="Place">The suite's type and method, with its file and line.</param>
internal sealed record ActBroken(string TestId, string ExceptionType, string? ExceptionMessage, string Place) : TestObservation(TestId);

/// <summary>The act was still running when its time was up, and its worker was killed.</summary>
/// <param name="Limit">The time one test may take.</param>
/// <param name="ExerciseShare">The exercise's share of the submission's time budget, when that ran out before <paramref name="Limit"/> did.</param>
internal sealed record ActTimedOut(string TestId, TimeSpan Limit, TimeSpan? ExerciseShare = null) : TestObservation(TestId);

/// <summary>The worker died during the act.</summary>
internal sealed record ActCrashed(string TestId, Reason Reason) : TestObservation(TestId);

/// <summary>The act never started, for the reason given.</summary>
internal sealed record ActNotRun(string TestId, Reason Reason) : TestObservation(TestId);

/// <summary>Learner code wrote events of its own into the worker's control channel, so nothing that worker reported from then on is trusted.</summary>
internal sealed record ActTampered(string TestId) : TestObservation(TestId);
