using System.Reflection;
using System.Runtime.Loader;
using Grader.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Grader.Compilation;

/// <summary>
/// The framework's source generators ([GeneratedRegex], [JsonSerializable], [LibraryImport]), which
/// <c>dotnet build</c> runs for every exercise project. Without them, learner code that builds there would not
/// build here. They run only on code that asks for them.
/// </summary>
internal static class SourceGenerators
{
    private static readonly string[] Triggers = ["GeneratedRegex", "JsonSerializable", "JsonSourceGenerationOptions", "LibraryImport"];
    private static readonly Lazy<IReadOnlyList<ISourceGenerator>> All = new(Load);

    public static CSharpCompilation Apply(CSharpCompilation compilation, IEnumerable<SyntaxTree> learnerTrees, CancellationToken cancellationToken)
    {
        // The trigger comes first: loading the generators costs about 0.1 s, and most code never asks for them.
        if (!learnerTrees.Any(tree => Triggers.Any(trigger => tree.ToString().Contains(trigger, StringComparison.Ordinal))) || All.Value.Count == 0)
        {
            return compilation;
        }

        CSharpGeneratorDriver.Create(All.Value, parseOptions: CompilerSettings.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _, cancellationToken);
        return (CSharpCompilation)updated;
    }

    private static IReadOnlyList<ISourceGenerator> Load()
    {
        var packs = Path.Combine(Path.GetDirectoryName(DotnetHost.Path)!, "packs", "Microsoft.NETCore.App.Ref");
        var analyzers = Directory.Exists(packs)
            ? Directory.EnumerateDirectories(packs)
                .Where(pack => Version.TryParse(Path.GetFileName(pack).Split('-')[0], out var version) && version.Major == Environment.Version.Major)
                .OrderByDescending(pack => Version.Parse(Path.GetFileName(pack).Split('-')[0]))
                .Select(pack => Path.Combine(pack, "analyzers", "dotnet", "cs"))
                .FirstOrDefault(Directory.Exists)
            : null;
        if (analyzers is null)
        {
            return [];
        }

        var loader = new DefaultContextLoader();
        return Directory.EnumerateFiles(analyzers, "*.dll")
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetGenerators(LanguageNames.CSharp))
            .ToList();
    }

    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
