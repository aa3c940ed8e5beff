using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compilation;

/// <summary>
/// How learner code is compiled: the same language version and global usings as the exercise projects,
/// so code that builds under <c>dotnet test</c> builds here too. Warnings stay warnings.
/// </summary>
internal static class CompilerSettings
{
    /// <summary>Matches LangVersion in Directory.Build.props.</summary>
    public const LanguageVersion Language = LanguageVersion.CSharp14;

    /// <summary>The global usings that Microsoft.NET.Sdk generates for ImplicitUsings=enable.</summary>
    public static readonly IReadOnlyList<string> ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    public static readonly CSharpParseOptions ParseOptions = new(Language, DocumentationMode.None);

    // Debug, as dotnet test builds it. It also matters for speed: code in a collectible load context is never
    // compiled in tiers, so the JIT fully optimizes every method of optimized assemblies, which costs far more than
    // running the few calls a test makes. Debug assemblies get the JIT's quick, unoptimized code instead.
    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        // The projects' nullable annotations, so signatures compare as learners wrote them, but not the flow
        // analysis: it only produces warnings, which the grader never reports, and costs a good share of each compile.
        nullableContextOptions: NullableContextOptions.Annotations,
        optimizationLevel: OptimizationLevel.Debug,
        concurrentBuild: false,
        deterministic: true);

    public static SyntaxTree GlobalUsings() => CSharpSyntaxTree.ParseText(
        SourceText.From(string.Concat(ImplicitUsings.Select(name => $"global using global::{name};\n")), Encoding.UTF8), ParseOptions, path: "(global usings)");
}
