namespace Grader.Suites;

/// <summary>
/// A hidden suite compiled three times: whole, for the grader's checks; without its checks, for the workers' acts; and
/// without its checks and its tests that are not visible, for the acts of the visible tests (see <see cref="VisibleActs"/>).
/// </summary>
internal sealed record SuiteImages(byte[] Checks, byte[] Acts, byte[] VisibleActs);
