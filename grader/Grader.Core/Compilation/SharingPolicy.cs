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
    private static readonly string[] RiskyNamespaces =
    [
        "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Runtime.CompilerServices.Unsafe",
    ];

    private static readonly Dictionary<string, string[]?> RiskyMembers = new()
    {
        ["System.Type"] = ["GetType", "GetField", "GetFields", "GetMethod", "GetMethods", "GetProperty", "GetProperties",
            "GetMember", "GetMembers", "GetConstructor", "GetConstructors", "GetEvent", "GetEvents", "GetNestedType", "InvokeMember", "GetTypeFromHandle"],
        ["System.Activator"] = null,
        ["System.AppDomain"] = null,
        ["System.AppContext"] = ["SetSwitch", "SetData"],
        ["System.Environment"] = ["SetEnvironmentVariable", "CurrentDirectory"],
        ["System.Console"] = ["SetOut", "SetError", "SetIn"],
        ["System.Diagnostics.Process"] = null,
        ["System.Runtime.CompilerServices.Unsafe"] = null,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = null,
    };

    /// <returns>Why the code must not share a worker, or null when it may.</returns>
    public static string? FindReasonNotToShare(Microsoft.CodeAnalysis.Compilation compilation, IEnumerable<string> learnerFiles)
    {
        var files = learnerFiles.ToHashSet();
        foreach (var tree in compilation.SyntaxTrees.Where(tree => files.Contains(tree.FilePath)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var reason = Inspect(node, model, compilation.Assembly);
                if (reason is not null)
                {
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    return $"{tree.FilePath}:{line} {reason}";
                }
            }
        }

        return null;
    }

    private static string? Inspect(SyntaxNode node, SemanticModel model, IAssemblySymbol own) => node switch
    {
        UnsafeStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax => "uses unsafe code",
        MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword) => "declares an extern method",
        AssignmentExpressionSyntax assignment when model.GetSymbolInfo(assignment.Left).Symbol is { IsStatic: true } target
            && !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, own) && target is IFieldSymbol or IPropertySymbol
            => $"changes the shared setting {target.ContainingType?.Name}.{target.Name}",
        SimpleNameSyntax name when model.GetSymbolInfo(name).Symbol is { } symbol && IsRisky(symbol)
            => $"uses {symbol.ContainingType?.Name ?? symbol.ContainingNamespace?.ToDisplayString()}.{symbol.Name}",
        _ => null,
    };

    private static bool IsRisky(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return false;
        }

        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        if (RiskyNamespaces.Any(prefix => typeName.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        return RiskyMembers.TryGetValue(typeName, out var members) && (members is null || members.Contains(symbol.Name));
    }
}
