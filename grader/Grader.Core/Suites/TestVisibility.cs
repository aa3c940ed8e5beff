using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Suites;

/// <summary>Tells, from a suite's compiled acts, which class declarations are tests that are not visible.</summary>
internal static class TestVisibility
{
    public static bool IsOtherTest(SemanticModel model, SyntaxNode node) =>
        node is ClassDeclarationSyntax declaration
        && model.GetDeclaredSymbol(declaration) is INamedTypeSymbol { IsAbstract: false } type
        && Graded(type) is { } graded
        && VisibilityOf(graded) != Visibility.Visible;

    private static AttributeData? Graded(INamedTypeSymbol type) =>
        type.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == typeof(GradedAttribute).FullName);

    private static Visibility VisibilityOf(AttributeData graded) =>
        graded.NamedArguments.FirstOrDefault(argument => argument.Key == nameof(GradedAttribute.Visibility)).Value.Value is int visibility
            ? (Visibility)visibility
            : new GradedAttribute(0, "").Visibility;
}
