using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Suites;

/// <summary>
/// Makes the copy of a suite that runs next to learner code: every <c>Check</c> override loses its body
/// and every <c>[GraderOnly]</c> member is removed, so no expected value is compiled into it. Each member that is
/// kept starts with a <c>#line</c> directive giving its line in the suite's file, so that what is removed above it
/// moves no line: a compile error or a broken act is reported where its author wrote it.
/// </summary>
internal sealed class SuiteSplitter : CSharpSyntaxRewriter
{
    private static readonly SuiteSplitter Instance = new();

    public static SyntaxTree ActOnly(SyntaxTree tree) =>
        tree.WithRootAndOptions(Instance.Visit(tree.GetRoot())!, tree.Options);

    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        var visited = base.Visit(node);
        return node is MemberDeclarationSyntax && visited is not null ? AtItsOwnLine(node, visited) : visited;
    }

    private static SyntaxNode AtItsOwnLine(SyntaxNode original, SyntaxNode visited)
    {
        var start = original.SyntaxTree.GetLineSpan(original.FullSpan).StartLinePosition;
        if (start.Character != 0)
        {
            return visited; // a directive must begin its line, and a member that shares its line moved no line
        }

        var directive = SyntaxFactory.ParseLeadingTrivia($"#line {start.Line + 1}\n");
        return visited.WithLeadingTrivia(directive.AddRange(visited.GetLeadingTrivia()));
    }

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
