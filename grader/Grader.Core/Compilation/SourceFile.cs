namespace Grader.Compilation;

/// <summary>C# source with the path a reader should see in diagnostics, e.g. <c>exercises/02-dispatch-tool-call/ToolDispatcher.cs</c>.</summary>
public sealed record SourceFile(string DisplayPath, string Text);
