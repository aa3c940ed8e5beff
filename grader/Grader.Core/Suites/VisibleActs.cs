using Microsoft.CodeAnalysis;

namespace Grader.Suites;

/// <summary>
/// The copy of a suite's acts that runs beside learner code while the visible tests run: every other test's class is
/// removed. Learner code that finds the act assembly (through reflection, say) could otherwise create a hidden test and
/// run its act itself, then show the inputs its own code was given in the failure of the visible test it is in. It is
/// compiled under a name of its own, so that the other tests' acts (see <see cref="HiddenActs"/>) can be loaded beside
/// it, and beside the same load of the learner's code, for the tests after the visible ones.
/// </summary>
internal static class VisibleActs
{
    /// <param name="acts">The compiled acts, whose symbols tell which classes are tests and how visible each is.</param>
    /// <param name="trees">The trees of <paramref name="acts"/> to keep the visible tests of.</param>
    public static IEnumerable<SyntaxTree> Of(Microsoft.CodeAnalysis.Compilation acts, IEnumerable<SyntaxTree> trees) =>
        trees.Select(tree =>
        {
            var model = acts.GetSemanticModel(tree);
            var others = tree.GetRoot().DescendantNodes().Where(node => TestVisibility.IsOtherTest(model, node)).ToList();
            return tree.WithRootAndOptions(tree.GetRoot().RemoveNodes(others, SyntaxRemoveOptions.KeepNoTrivia)!, tree.Options);
        });
}
