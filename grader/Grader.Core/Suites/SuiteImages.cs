namespace Grader.Suites;

/// <summary>
/// A hidden suite compiled for its two sides: whole, for the grader's checks; and without its checks, for the workers'
/// acts, in two assemblies: the visible tests' acts with every helper (see <see cref="VisibleActs"/>), and the other
/// tests' acts, which build on them (see <see cref="HiddenActs"/>).
/// </summary>
internal sealed record SuiteImages(byte[] Checks, byte[] HiddenActs, byte[] VisibleActs);
