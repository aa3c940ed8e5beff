using Grader.Reports;

namespace Grader.Grading;

/// <summary>How one submission of a batch ended: its report (new or kept from before), or the grader's own error.</summary>
public sealed record SubmissionOutcome(string Name, GradingReport? Report, bool Resumed, string? Error);
