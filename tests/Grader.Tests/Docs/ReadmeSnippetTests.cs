using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Grader.Compilation;
using Grader.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Docs;

/// <summary>
/// The mock-model example that both READMEs show learners compiles as written and passes its own checks, run
/// against the reference loop of exercise 4: a newcomer who pastes it gets a working start.
/// </summary>
public partial class ReadmeSnippetTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    public static TheoryData<string> Readmes => new()
    {
        "README.md",
        Path.Combine("grader", "Grader", "StudentEdition", "README.md"),
    };

    [Theory]
    [MemberData(nameof(Readmes))]
    public void MockModelExample_CompilesAndItsChecksPass(string readme)
    {
        var snippet = CSharpBlocks().Matches(File.ReadAllText(Path.Combine(Repository.Root, readme)))
            .Select(match => match.Groups[1].Value)
            .Single(block => block.Contains("ToolCallingLoop.RunConversationAsync", StringComparison.Ordinal));
        var loop = Directory.EnumerateFiles(Path.Combine(Repository.Solutions, "04-tool-calling-loop"), "*.cs")
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), CompilerSettings.ParseOptions, file));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(snippet, CompilerSettings.ParseOptions, readme), CompilerSettings.GlobalUsings(), .. loop],
            ReferenceSet.Shared.Learner,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);

        emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString())
            .Should().BeEmpty($"{readme} shows learners this example to paste");
        var context = new AssemblyLoadContext("readme-example", isCollectible: true);
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            var run = () => entry.Invoke(null, [Array.Empty<string>()]);
            run.Should().NotThrow("the example's own checks hold for a correct loop");
        }
        finally
        {
            context.Unload();
        }
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlocks();
}
