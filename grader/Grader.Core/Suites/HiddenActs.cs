using Grader.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Suites;

/// <summary>
/// The copy of a suite's acts for the tests that run after the visible ones: their classes alone, compiled against the
/// visible tests' copy (see <see cref="VisibleActs"/>), which holds every helper of the suite. A worker loads it beside
/// the visible copy, already loaded for the visible tests, so the runtime compiles each helper to machine code once per
/// exercise instead of once per copy: the helpers that run a conversation and record it were about a quarter of all the
/// suite code compiled for a class.
/// </summary>
internal static class HiddenActs
{
    /// <param name="acts">The compiled acts, whose symbols tell which classes are tests and how visible each is.</param>
    /// <param name="trees">The trees of <paramref name="acts"/> to keep the other tests of.</param>
    public static IEnumerable<SyntaxTree> Of(Microsoft.CodeAnalysis.Compilation acts, IEnumerable<SyntaxTree> trees) =>
        trees.Select(tree => tree.WithRootAndOptions(
            tree.GetRoot().RemoveNodes(EverythingElse(acts.GetSemanticModel(tree), tree.GetRoot()), SyntaxRemoveOptions.KeepNoTrivia)!,
            tree.Options));

    /// <summary>
    /// Lets the copy named <paramref name="hiddenActsName"/> use what the visible copy declares internal, as it could
    /// when both were one assembly.
    /// </summary>
    public static SyntaxTree Access(string hiddenActsName) => AssemblyBuilder.Parse(new SourceFile(
        "(access of the other tests' acts)", $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{hiddenActsName}\")]"));

    // Every type that neither is such a test nor holds one; a type that holds one keeps its other members.
    private static List<SyntaxNode> EverythingElse(SemanticModel model, SyntaxNode node)
    {
        var removed = new List<SyntaxNode>();
        foreach (var child in node.ChildNodes())
        {
            if (child is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                if (TestVisibility.IsOtherTest(model, child))
                {
                    continue;
                }

                if (!child.DescendantNodes().Any(inner => TestVisibility.IsOtherTest(model, inner)))
                {
                    removed.Add(child);
                    continue;
                }
            }

            removed.AddRange(EverythingElse(model, child));
        }

        return removed;
    }
}
