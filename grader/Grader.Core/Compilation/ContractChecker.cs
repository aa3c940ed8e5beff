using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>
/// Checks that learner code keeps the public types and members of the starter files with the exact
/// signatures the hidden suites call. Finds what is missing or different and names the expected signature.
/// </summary>
internal static class ContractChecker
{
    private static readonly SymbolDisplayFormat Shown = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers
            | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly SymbolDisplayFormat Exact = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <param name="contract">The starter files compiled, with the given files.</param>
    /// <param name="contractFiles">Display paths of the starter files whose types form the contract.</param>
    public static IReadOnlyList<string> FindProblems(Microsoft.CodeAnalysis.Compilation contract, IReadOnlySet<string> contractFiles, Microsoft.CodeAnalysis.Compilation learner)
    {
        var problems = new List<string>();
        foreach (var expectedType in ContractTypes(contract, contractFiles))
        {
            var actualType = learner.GetTypeByMetadataName(expectedType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "", StringComparison.Ordinal));
            if (actualType is null)
            {
                problems.Add($"The public {KindOf(expectedType)} {expectedType.Name} (namespace {expectedType.ContainingNamespace}) is missing. Keep it as the starter file declares it.");
                continue;
            }

            if (actualType.DeclaredAccessibility != Accessibility.Public)
            {
                problems.Add($"The {KindOf(expectedType)} {expectedType.Name} (namespace {expectedType.ContainingNamespace}) is not public, so the tests cannot use it. " +
                    "Keep it public, as the starter file declares it.");
                continue;
            }

            problems.AddRange(PublicMembers(expectedType).Select(member => Compare(member, actualType)).OfType<string>());
        }

        return problems;
    }

    private static string KindOf(INamedTypeSymbol type) => (type.TypeKind, type.IsRecord) switch
    {
        (TypeKind.Struct, true) => "record struct",
        (_, true) => "record",
        (TypeKind.Struct, _) => "struct",
        (TypeKind.Interface, _) => "interface",
        (TypeKind.Enum, _) => "enum",
        (TypeKind.Delegate, _) => "delegate",
        _ => "class",
    };

    private static IEnumerable<INamedTypeSymbol> ContractTypes(Microsoft.CodeAnalysis.Compilation contract, IReadOnlySet<string> contractFiles) =>
        contract.SyntaxTrees
            .Where(tree => contractFiles.Contains(tree.FilePath))
            .SelectMany(tree => tree.GetRoot().DescendantNodes()
                .Select(node => contract.GetSemanticModel(tree).GetDeclaredSymbol(node))
                .OfType<INamedTypeSymbol>())
            .Where(type => type.DeclaredAccessibility == Accessibility.Public && type.ContainingType is null)
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);

    private static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(member => member.DeclaredAccessibility == Accessibility.Public && !member.IsImplicitlyDeclared
            && member is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol or IFieldSymbol);

    private static string? Compare(ISymbol expected, INamedTypeSymbol actualType)
    {
        var candidates = actualType.GetMembers(expected.Name).Where(member => member.DeclaredAccessibility == Accessibility.Public).ToList();
        if (candidates.Any(candidate => Key(candidate) == Key(expected) && HasPublicGetter(candidate, expected)))
        {
            return null;
        }

        var expectedText = expected.ToDisplayString(Shown);
        return candidates.Count == 0
            ? $"{actualType.Name}.{expected.Name} is missing. Expected: {expectedText}"
            : $"{actualType.Name}.{expected.Name} has the wrong signature. Expected: {expectedText}; found: {string.Join(" | ", candidates.Select(candidate => candidate.ToDisplayString(Shown)))}";
    }

    private static bool HasPublicGetter(ISymbol candidate, ISymbol expected) =>
        expected is not IPropertySymbol || candidate is IPropertySymbol { GetMethod.DeclaredAccessibility: Accessibility.Public };

    private static string Key(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => $"method {method.IsStatic} {method.ReturnType.ToDisplayString(Exact)} {method.Name}`{method.Arity}(" +
            string.Join(",", method.Parameters.Select(parameter => $"{parameter.RefKind} {parameter.Type.ToDisplayString(Exact)}")) + ")",
        IPropertySymbol property => $"property {property.IsStatic} {property.Type.ToDisplayString(Exact)} {property.Name}",
        IFieldSymbol field => $"field {field.IsStatic} {field.Type.ToDisplayString(Exact)} {field.Name}",
        _ => symbol.ToDisplayString(Exact),
    };
}
