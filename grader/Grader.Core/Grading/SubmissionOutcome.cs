using Grader.Reports;

namespace Grader.Grading;

/// <summary>How one submission of a batch ended: its report (new or kept from before), or the grader's own error.</summary>
/// <param name="GradedAgainBecause">With --resume, why the report found in the output folder was not kept; null when there was none, or it was kept.</param>
public sealed record SubmissionOutcome(string Name, GradingReport? Report, bool Resumed, string? Error, string? GradedAgainBecause = null);
