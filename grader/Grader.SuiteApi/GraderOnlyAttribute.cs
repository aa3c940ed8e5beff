namespace Grader.Suites;

/// <summary>
/// Keeps a member out of the copy of the suite that runs next to learner code. Put expected values that
/// several checks share in such a member; values used by one check belong inside that <c>Check</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method, Inherited = false)]
public sealed class GraderOnlyAttribute : Attribute;
