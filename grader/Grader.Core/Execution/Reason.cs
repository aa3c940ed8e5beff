namespace Grader.Execution;

/// <summary>
/// Why a worker was lost or a test did not run, worded twice. <see cref="Detailed"/> may quote what the learner's
/// code chose: an exception's message, an exit code, how much memory it took. <see cref="Plain"/> says the same in
/// the grader's own words only. A hidden test shows the plain wording, since code that chooses what its crash says
/// could spell out the test's inputs there.
/// </summary>
public sealed record Reason(string Detailed, string Plain)
{
    /// <summary>A reason that quotes nothing the learner's code chose: both wordings are the same.</summary>
    public static Reason Fixed(string text) => new(text, text);

    /// <summary>The same reason inside a longer sentence, in both wordings.</summary>
    public Reason Within(Func<string, string> sentence) => new(sentence(Detailed), sentence(Plain));
}
