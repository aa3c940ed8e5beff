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
    /// <returns>
    /// Null when an other test is nested in a class that is not one: that class would be declared in both copies, and the
    /// test would see its own copy's static fields, not the ones the helpers use.
    /// </returns>
    public static IEnumerable<SyntaxTree>? Of(Microsoft.CodeAnalysis.Compilation acts, IEnumerable<SyntaxTree> trees)
    {
        var kept = new List<SyntaxTree>();
        foreach (var tree in trees)
        {
            var removed = new List<SyntaxNode>();
            if (!EverythingElse(acts.GetSemanticModel(tree), tree.GetRoot(), removed))
            {
                return null;
            }

            kept.Add(tree.WithRootAndOptions(tree.GetRoot().RemoveNodes(removed, SyntaxRemoveOptions.KeepNoTrivia)!, tree.Options));
        }

        return kept;
    }

    /// <summary>
    /// Lets the copy named <paramref name="hiddenActsName"/> use what the visible copy declares internal, as it could
    /// when both were one assembly.
    /// </summary>
    public static SyntaxTree Access(string hiddenActsName) => AssemblyBuilder.Parse(new SourceFile(
        "(access of the other tests' acts)", $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{hiddenActsName}\")]"));

    // Adds to removed every type that neither is an other test nor holds one; false when a type holds one without being one.
    private static bool EverythingElse(SemanticModel model, SyntaxNode node, List<SyntaxNode> removed)
    {
        foreach (var child in node.ChildNodes())
        {
            if (child is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                if (TestVisibility.IsOtherTest(model, child))
                {
                    continue;
                }

                if (child.DescendantNodes().Any(inner => TestVisibility.IsOtherTest(model, inner)))
                {
                    return false;
                }

                removed.Add(child);
                continue;
            }

            if (!EverythingElse(model, child, removed))
            {
                return false;
            }
        }

        return true;
    }
}
