using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>The result of compiling one assembly: its image when it built, its errors when it did not.</summary>
public sealed record CompilationOutcome(CSharpCompilation Compilation, byte[]? Image, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Image is not null;
}
