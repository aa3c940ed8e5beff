using Grader.Compilation;

namespace Grader.Submissions;

/// <summary>The learner's sources for one exercise, or why there are none to compile.</summary>
internal sealed record LearnerFiles(IReadOnlyList<SourceFile> Sources, string? MissingReason, string? RejectedReason)
{
    public static LearnerFiles Missing(string reason) => new([], reason, null);

    public static LearnerFiles Rejected(string reason) => new([], null, reason);
}
