using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Suites;

/// <summary>
/// Where each class of a suite is declared, as <c>file:line</c>, keyed by the name reflection gives its type
/// (<c>Namespace.Outer+Nested</c>, <c>Namespace.Generic`1</c>). The suite rules judge the compiled suite, which may come from
/// the cache and has no source positions, so a suite's files are read again only to point at a class that breaks them.
/// </summary>
internal static class SuiteSourceLocations
{
    public static IReadOnlyDictionary<string, string> Of(string suiteDirectory)
    {
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(suiteDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot();
            foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                var line = type.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                locations.TryAdd(ReflectionName(type), $"{path}:{line}");
            }
        }

        return locations;
    }

    private static string ReflectionName(TypeDeclarationSyntax type)
    {
        var name = Simple(type);
        for (var parent = type.Parent; parent is not null; parent = parent.Parent)
        {
            name = parent switch
            {
                TypeDeclarationSyntax outer => $"{Simple(outer)}+{name}",
                BaseNamespaceDeclarationSyntax space => $"{space.Name}.{name}",
                _ => name,
            };
        }

        return name;
    }

    private static string Simple(TypeDeclarationSyntax type) =>
        type.Arity == 0 ? type.Identifier.ValueText : $"{type.Identifier.ValueText}`{type.Arity}";
}
