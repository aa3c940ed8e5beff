using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Grader.Compilation;

/// <summary>
/// Loads the C# compiler from the installed .NET SDK, which ships it precompiled (ReadyToRun) and is the very
/// compiler <c>dotnet test</c> uses on learners' machines. That saves most of a cold start's JIT time. When no
/// suitable SDK is found, the grader's own copy in <c>roslyn/</c> is used.
/// </summary>
internal static class RoslynLoader
{
    private static readonly string[] CompilerAssemblies = ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];
    private static readonly Lazy<string> Source = new(ChooseDirectory);

    // A module initializer, because the hook must be in place before any method that touches the compiler is
    // compiled, whichever program (the CLI, the tests, the benchmark) loads the grader.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install() => AssemblyLoadContext.Default.Resolving += Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (!CompilerAssemblies.Contains(name.Name))
        {
            return null;
        }

        var path = Path.Combine(Source.Value, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private static string ChooseDirectory()
    {
        var required = typeof(RoslynLoader).Assembly.GetReferencedAssemblies()
            .FirstOrDefault(reference => reference.Name == "Microsoft.CodeAnalysis.CSharp")?.Version ?? new Version(5, 0);
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var sdks = Path.Combine(dotnetRoot, "sdk");
        var fromSdk = Directory.Exists(sdks)
            ? Directory.EnumerateDirectories(sdks)
                .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore"))
                .Where(directory => CompilerAssemblies.All(assembly => File.Exists(Path.Combine(directory, assembly + ".dll"))))
                .Select(directory => (Directory: directory, Version: VersionOf(Path.Combine(directory, "Microsoft.CodeAnalysis.CSharp.dll"))))
                .Where(candidate => candidate.Version is not null && candidate.Version.Major == required.Major && candidate.Version >= required)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Directory)
                .FirstOrDefault()
            : null;
        return fromSdk ?? Path.Combine(AppContext.BaseDirectory, "roslyn");
    }

    private static Version? VersionOf(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException)
        {
            return null;
        }
    }
}
