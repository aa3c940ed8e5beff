using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Suites;

/// <summary>
/// Makes the copy of a suite that runs next to learner code: every <c>Check</c> override loses its body
/// and every <c>[GraderOnly]</c> member is removed, so no expected value is compiled into it.
/// </summary>
public sealed class SuiteSplitter : CSharpSyntaxRewriter
{
    private static readonly SuiteSplitter Instance = new();

    public static SyntaxTree ActOnly(SyntaxTree tree) =>
        tree.WithRootAndOptions(Instance.Visit(tree.GetRoot()), tree.Options);

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        if (IsGraderOnly(node.AttributeLists))
        {
            return null;
        }

        return node.Identifier.Text == nameof(HiddenTest.Check) && node.Modifiers.Any(SyntaxKind.OverrideKeyword)
            ? node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block())
            : node;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) =>
        IsGraderOnly(node.AttributeLists) ? null : base.VisitPropertyDeclaration(node);

    public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node) =>
        IsGraderOnly(node.AttributeLists) ? null : base.VisitFieldDeclaration(node);

    private static bool IsGraderOnly(SyntaxList<AttributeListSyntax> attributeLists) =>
        attributeLists.SelectMany(list => list.Attributes)
            .Any(attribute => attribute.Name.ToString() is "GraderOnly" or "GraderOnlyAttribute" or "Grader.Suites.GraderOnly");
}
