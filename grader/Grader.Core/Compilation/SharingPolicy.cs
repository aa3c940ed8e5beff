using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>
/// Decides whether learner code may run in a worker that later serves other submissions. Code that could
/// reach beyond its own load context (reflection, interop, unsafe code, process-wide settings, static state
/// of shared libraries) gets a worker of its own, which is thrown away afterwards.
/// </summary>
public static class SharingPolicy
{
    // Types by their full names, as RiskyApis lists them: System.String rather than the keyword string, and a generic
    // type by its name in metadata, System.Buffers.ArrayPool`1 rather than System.Buffers.ArrayPool<char>.
    private static readonly SymbolDisplayFormat FullTypeName = SymbolDisplayFormat.CSharpErrorMessageFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    /// <summary>
    /// First reads what the compiled image references, which takes microseconds; most learner code stops there.
    /// Only code that references something of concern is searched line by line, which binds every expression again
    /// and took about a fifth of the time of compiling it.
    /// </summary>
    /// <param name="cancellationToken">
    /// Cancelled when the search has taken too long: code that kept the compiler busy keeps the search busy about as
    /// long again, and such code is simply not shared.
    /// </param>
    /// <returns>Why the code must not share a worker, or null when it may.</returns>
    public static string? FindReasonNotToShare(Microsoft.CodeAnalysis.Compilation compilation, byte[] image, IEnumerable<string> learnerFiles,
        CancellationToken cancellationToken = default)
    {
        if (!EmittedReferences.MayReachBeyondItsContext(image, compilation))
        {
            return null;
        }

        try
        {
            return FindReasonInSource(compilation, learnerFiles, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return "could not be searched line by line in good time";
        }
    }

    /// <summary>The authoritative search: every name in the learner's files, bound to what it means.</summary>
    /// <returns>Why the code must not share a worker, with the file and line, or null when it may.</returns>
    public static string? FindReasonInSource(Microsoft.CodeAnalysis.Compilation compilation, IEnumerable<string> learnerFiles,
        CancellationToken cancellationToken = default)
    {
        var files = learnerFiles.ToHashSet();
        foreach (var tree in compilation.SyntaxTrees.Where(tree => files.Contains(tree.FilePath)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reason = Inspect(node, model, compilation.Assembly, cancellationToken);
                if (reason is not null)
                {
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    return $"{tree.FilePath}:{line} {reason}";
                }
            }
        }

        return null;
    }

    private static string? Inspect(SyntaxNode node, SemanticModel model, IAssemblySymbol own, CancellationToken cancellationToken) => node switch
    {
        UnsafeStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax => "uses unsafe code",
        MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword) => "declares an extern method",
        AssignmentExpressionSyntax assignment when model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is { IsStatic: true } target
            && !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, own) && target is IFieldSymbol or IPropertySymbol
            => $"changes the shared setting {target.ContainingType?.Name}.{target.Name}",
        SimpleNameSyntax name when model.GetSymbolInfo(name, cancellationToken).Symbol is { } symbol && IsRisky(symbol)
            => $"uses {symbol.ContainingType?.Name ?? symbol.ContainingNamespace?.ToDisplayString()}.{symbol.Name}",
        // Every operation on a dynamic value names its member only at run time, where the binder finds it as reflection
        // would; no name in the source says which, so the value's type is what gives it away.
        ExpressionSyntax expression when model.GetTypeInfo(expression, cancellationToken).Type is { TypeKind: TypeKind.Dynamic }
            => "uses dynamic, whose members are found by name at run time, as reflection finds them",
        _ => null,
    };

    private static bool IsRisky(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return false;
        }

        var typeName = type.Arity == 0 ? type.ToDisplayString(FullTypeName) : $"{type.ToDisplayString(FullTypeName)}`{type.Arity}";
        return ReferenceEquals(type, symbol) ? RiskyApis.IsRiskyType(typeName) : RiskyApis.IsRiskyMember(typeName, symbol.Name);
    }
}
