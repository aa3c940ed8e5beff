using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>
/// The assemblies code is compiled against: the .NET framework the grader runs on, plus the libraries
/// that exercise projects reference (all of which the worker can load). Built once per process.
/// </summary>
public sealed class ReferenceSet
{
    /// <summary>What learner code may use: the contract, the test helpers and the exercise projects' packages.</summary>
    public static readonly IReadOnlyList<string> LearnerLibraries =
    [
        "ToolCalling", "ToolCalling.Testing", "Moq", "Castle.Core", "FluentAssertions",
        "NJsonSchema", "NJsonSchema.Annotations", "Newtonsoft.Json", "xunit.assert", "xunit.core", "xunit.abstractions",
    ];

    private ReferenceSet(IReadOnlyList<MetadataReference> learner, MetadataReference suiteApi)
    {
        Learner = learner;
        Suites = [.. learner, suiteApi];
    }

    public static ReferenceSet Shared { get; } = Load(AppContext.BaseDirectory);

    /// <summary>Framework and learner libraries.</summary>
    public IReadOnlyList<MetadataReference> Learner { get; }

    /// <summary>Everything a hidden suite compiles against, apart from the exercise's own contract.</summary>
    public IReadOnlyList<MetadataReference> Suites { get; }

    private static ReferenceSet Load(string libraryDirectory)
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location));
        var libraries = LearnerLibraries.Select(name => Path.Combine(libraryDirectory, name + ".dll"));
        var learner = framework.Concat(libraries).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        return new ReferenceSet(learner, MetadataReference.CreateFromFile(Path.Combine(libraryDirectory, "Grader.SuiteApi.dll")));
    }
}
