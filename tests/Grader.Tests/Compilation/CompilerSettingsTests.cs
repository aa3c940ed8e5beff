using System.Text.RegularExpressions;
using System.Xml.Linq;
using Grader.Compilation;
using Grader.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Compilation;

/// <summary>The grader compiles learner code exactly as the exercise projects do.</summary>
public partial class CompilerSettingsTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Locate();

    [Fact]
    public void ImplicitUsings_MatchWhatTheSdkGeneratesForExerciseProjects()
    {
        var generated = Directory.EnumerateFiles(Path.Combine(Repository.Exercises, "02-dispatch-tool-call", "obj"), "*.GlobalUsings.g.cs", SearchOption.AllDirectories)
            .FirstOrDefault() ?? throw new InvalidOperationException("Build exercises/02-dispatch-tool-call first: its generated global usings are the reference.");

        var sdkUsings = GlobalUsing().Matches(File.ReadAllText(generated)).Select(match => match.Groups[1].Value);

        CompilerSettings.ImplicitUsings.Should().BeEquivalentTo(sdkUsings);
    }

    [Fact]
    public void LanguageVersion_MatchesDirectoryBuildProps()
    {
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        var declared = props.Descendants("LangVersion").Single().Value;

        CompilerSettings.Language.ToDisplayString().Should().Be(declared);
    }

    [GeneratedRegex(@"global using (?:global::)?([\w.]+);")]
    private static partial Regex GlobalUsing();
}
