using Grader.Suites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Tests.Suites;

/// <summary>What the act copy of a suite leaves out moves no line, so what is reported of an act points into the suite's file.</summary>
public class SuiteSplitterLineTests
{
    private const string Suite = """
        using Grader.Suites;
        namespace Suites.Sample;

        public sealed class First : HiddenTest
        {
            [GraderOnly]
            private static string Expected()
            {
                return "a value the checks keep";
            }

            public override object? Act() => 1;

            public override void Check(Produced produced)
            {
                var value = produced.Value;
                _ = value;
            }

            // The act that follows is on line 21.
            public object? Later() => 2;
        }

        [Graded(1, "Second.")]
        public sealed class Second : HiddenTest { public override object? Act() => 3; public override void Check(Produced produced) { } }
        """;

    [Theory]
    [InlineData("Act", 12)]
    [InlineData("Later", 21)]
    public void ActOnly_MethodsAfterRemovedCode_KeepTheirLinesInTheSuitesFile(string method, int line)
    {
        var act = SuiteSplitter.ActOnly(CSharpSyntaxTree.ParseText(Suite, path: "/course/suites/02-sample/Sample.cs"));

        var declaration = act.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(node => node.Identifier.Text == method);
        var mapped = act.GetMappedLineSpan(declaration.Identifier.Span);

        (mapped.StartLinePosition.Line + 1).Should().Be(line);
        mapped.Path.Should().Be("/course/suites/02-sample/Sample.cs");
    }

    [Fact]
    public void ActOnly_MembersThatShareALine_StillParseAndKeepTheirLine()
    {
        var act = SuiteSplitter.ActOnly(CSharpSyntaxTree.ParseText(Suite));

        act.GetDiagnostics().Should().BeEmpty("a directive that did not begin its line would not parse");
        var second = act.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(node => node.Identifier.Text == "Second");
        var secondAct = second.Members.OfType<MethodDeclarationSyntax>().First();
        (act.GetMappedLineSpan(secondAct.Identifier.Span).StartLinePosition.Line + 1).Should().Be(25);
    }
}
