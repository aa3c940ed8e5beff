using System.Text;
using Grader.Reports;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compilation;

/// <summary>
/// Compiles sources into one in-memory assembly with a fixed name, references and given files.
/// Every compilation derives from one template, so the referenced assemblies are bound only once.
/// </summary>
public sealed class AssemblyBuilder
{
    private const int MaxErrorsShown = 20;

    // Line numbers inside the image itself: the grader loads images from memory, with no .pdb file beside them.
    private static readonly EmitOptions WithLineNumbers = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private readonly CSharpCompilation _template;
    private readonly EmitOptions? _emitOptions;

    /// <param name="withLineNumbers">
    /// Whether stack traces through the assembly name files and lines: for a suite's own code (its checks and acts), whose
    /// breakage a maintainer must find. Learner assemblies go without, which keeps them small and fast to emit.
    /// </param>
    public AssemblyBuilder(
        string assemblyName, IEnumerable<MetadataReference> references, IEnumerable<SourceFile>? givenFiles = null, bool withLineNumbers = false)
    {
        _emitOptions = withLineNumbers ? WithLineNumbers : null;
        var trees = new[] { CompilerSettings.GlobalUsings() }.Concat((givenFiles ?? []).Select(Parse));
        _template = CSharpCompilation.Create(assemblyName, trees, references, CompilerSettings.CompilationOptions);
    }

    public string AssemblyName => _template.AssemblyName!;

    /// <summary>The compilation of <paramref name="sources"/>, for its symbols only: nothing is emitted.</summary>
    public CSharpCompilation Compile(IEnumerable<SourceFile> sources) => _template.AddSyntaxTrees(sources.Select(Parse));

    public CompilationOutcome Build(IEnumerable<SourceFile> sources, CancellationToken cancellationToken = default) =>
        Build(sources.Select(Parse), cancellationToken);

    public CompilationOutcome Build(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken = default)
    {
        var sources = trees.ToList();
        var compilation = SourceGenerators.Apply(_template.AddSyntaxTrees(sources), sources, cancellationToken);
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: _emitOptions, cancellationToken: cancellationToken);
        if (result.Success)
        {
            return new CompilationOutcome(compilation, image.ToArray(), []);
        }

        var errors = result.Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(Describe)
            .ToList();
        var shown = errors.Count > MaxErrorsShown
            ? [.. errors.Take(MaxErrorsShown), $"... and {errors.Count - MaxErrorsShown} more errors"]
            : errors;
        return new CompilationOutcome(compilation, null, shown);
    }

    // With its encoding, which line numbers in the image need (withLineNumbers).
    public static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), CompilerSettings.ParseOptions, source.DisplayPath);

    // One line per error: a message may quote the learner's own text ([Obsolete("...")] does), whose line breaks would
    // otherwise start lines in a report that look like its own.
    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = diagnostic.Location.IsInSource
            ? $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: "
            : "";
        return VisibleText.OneLine($"{where}error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
